# Orders, items, diagnostics and webhook events end to end. $BaseUri, $PublicKey and $SecretKey come from the demo host.
Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey

"== Get-AgilantOrder reads the Account Management API's order by default, the TOGa Order API's record with -OrderApi"
Get-AgilantOrder 89023475
Get-AgilantOrder 12345678 -OrderApi

"== Each item carries its OrderNumber"
(Get-AgilantOrder 89023475).Items

"== Pay the items still CREATED: one PUT per order, the items as the API now has them"
Get-AgilantOrder 12345678 | ForEach-Object Items | Where-Object Status -eq CREATED | Set-AgilantOrderItem -Paid $true -PassThru
"Order 12345678 is now $((Get-AgilantOrder 12345678).Status)"

"== Set-AgilantOrder sends only what you name; an address may be a hashtable"
Set-AgilantOrder 12345678 -LoyaltyId 999001 -ShipTo @{ FirstName = 'John'; LastName = 'Smith'; Address1 = '1 Main St'; City = 'Nashville'; State = 'TN'; ZipCode = '37201' } -PassThru |
    ForEach-Object { "Loyalty $($_.LoyaltyId); ships to $($_.ShipTo)" }

"== Send-AgilantDiagnostic: the document file goes as Base64, the system information as JSON"
$report = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'agilant-demo-report.pdf')
[System.IO.File]::WriteAllText($report, '%PDF-1.7 diagnostic report')
Send-AgilantDiagnostic 12345678 -ResultCode 'No problem found' -WindowsUpgradeEligible $true -DocumentPath $report `
    -SystemInformation @{ Win32_BIOS = [pscustomobject]@{ Manufacturer = 'Dell Inc.'; SMBIOSBIOSVersion = '1.14.0' } }
[System.IO.File]::Delete($report)
"Sent. A missing file is an error before anything is sent:"
Send-AgilantDiagnostic 12345678 -ResultCode x -WindowsUpgradeEligible $false -DocumentPath ./no-such-report.pdf -ErrorAction SilentlyContinue -ErrorVariable unread
"  $($unread[0].FullyQualifiedErrorId)"

"== A webhook's request body becomes a typed event that pipes on"
$body = '{"webhook":"ORDER_STATUS_CHANGE","order":{"number":"89023475","status":"QUOTE_CREATED"}}'
$body | ConvertFrom-AgilantWebhook
$body | ConvertFrom-AgilantWebhook | Get-AgilantOrder | ForEach-Object { "Order $($_.Number) has $($_.Items.Count) items" }
