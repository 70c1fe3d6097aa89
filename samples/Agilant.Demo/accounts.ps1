# Accounts and services end to end. $BaseUri, $PublicKey and $SecretKey (a SecureString) come from the demo host.
Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey

"== 1,000 rows into New-AgilantAccount, three of them bad: every good row created, every bad row its own error"
$rows = foreach ($i in 1..1000) {
    [pscustomobject]@{ Id = 'A{0:0000}' -f $i; FirstName = "First$i"; LastName = "Last$i"; Email = "user$i@testco.com"
                       SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; RenewalDate = '2021-01-01' }
}
$rows[41].Email = 'not-an-address'
$rows[500].PurchaseDate = '2020-13-45'
$rows[900].FirstName = ''
$created = $rows | New-AgilantAccount -ErrorVariable refused -ErrorAction SilentlyContinue
"Created $($created.Count) accounts; refused $($refused.Count) rows:"
$refused | ForEach-Object { "  row $($_.TargetObject.Id): $(if ($_.ErrorDetails) { $_.ErrorDetails.Message } else { $_.Exception.Message })" }

"== Get-AgilantAccount, with its services"
Get-AgilantAccount A0001

"== New-AgilantService returns the service with the line number the API gave it"
New-AgilantService A0001 IHIO-SMARTTV 2020-02-01 -Comment 'Please call upon arrival'

"== Pipe an account's services into Set-AgilantService: -RenewalDate `$null is sent as null (no renewal)"
Get-AgilantAccount A0001 | Get-AgilantService | Set-AgilantService -RenewalDate $null -PassThru |
    ForEach-Object { "$($_.SkuNumber) line $($_.LineNumber): renews '$($_.RenewalDate)'" }

"== Get-AgilantAgentLink"
(Get-AgilantAgentLink A0001).Link
