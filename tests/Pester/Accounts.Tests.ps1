param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand
    Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore
}

AfterAll {
    Disconnect-Agilant
    Stop-AgilantEmulator $emulator
}

Describe 'Import-Csv accounts.csv | New-AgilantAccount' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'accounts.csv'
        $lines = @('Id,FirstName,LastName,Email,Phone,BusinessName,SkuNumber,PurchaseDate,RenewalDate')
        foreach ($i in 1..250) {
            $lines += "C$i,First$i,Last$i,user$i@testco.com,555-0$i,Company $i,PREM-SECURITY,2020-01-01,2021-01-01"
        }
        $lines[50] = 'C50,First50,Last50,not-an-address,,,PREM-SECURITY,2020-01-01,'
        $lines[120] = 'C120,First120,Last120,user120@testco.com,,,PREM-SECURITY,2020-31-01,'
        Set-Content -LiteralPath $csv -Value $lines

        $script:done = Join-Path $TestDrive 'done.csv'
        Import-Csv $csv | New-AgilantAccount -ErrorVariable script:failures -ErrorAction SilentlyContinue | Export-Csv $done -NoTypeInformation
    }

    It 'creates every good row and records it in done.csv' {
        $created = Import-Csv $done
        $created | Should -HaveCount 248
        $created[0].Id | Should -Be 'C1'
        $created[0].EmailAddress | Should -Be 'user1@testco.com'
        $created[0].BusinessName | Should -Be 'Company 1'
    }

    It 'reports each bad row once, as the row itself, saying why' {
        $failures | Should -HaveCount 2
        $failures.TargetObject.Id | Should -Be @('C50', 'C120')
        $failures[0].ErrorDetails.Message | Should -Match "EmailAddress 'not-an-address' is not an e-mail address"
        $failures[1].ErrorDetails.Message | Should -Match "PurchaseDate '2020-31-01' is not a valid date"
        $failures.TargetObject | Export-Csv (Join-Path $TestDrive 'failed.csv') -NoTypeInformation
        (Import-Csv (Join-Path $TestDrive 'failed.csv')).Id | Should -Be @('C50', 'C120')
    }

    It 'reads the CSV dates as dates' {
        $service = Get-AgilantService C1
        $service.PurchaseDate | Should -Be ([datetime]'2020-01-01')
        $service.RenewalDate | Should -Be ([datetime]'2021-01-01')
        $service.PurchaseDate | Should -BeOfType [datetime]
    }
}

Describe 'A CSV with blank cells in every optional column' {
    BeforeAll {
        $script:blanks = Join-Path $TestDrive 'blanks.csv'
        Set-Content -LiteralPath $blanks -Value @(
            'Id,FirstName,LastName,EmailAddress,PhoneNumber,BusinessName,SkuNumber,PurchaseDate,LineNumber,CancellationDate,RenewalDate,ExpirationDate,StoreNumber,AssociateId,TransactionId,InvoiceNumber,Comment'
            'BLANK1,Jane,Doe,jane@testco.com,,,,,,,,,,,,,'
            'BLANK2,John,Roe,john@testco.com,,,PREM-SECURITY,2020-01-01,,,,,,,,,'
        )
        $script:services = Join-Path $TestDrive 'services.csv'
        Set-Content -LiteralPath $services -Value @(
            'AccountId,SkuNumber,PurchaseDate,LineNumber,CancellationDate,RenewalDate,ExpirationDate,StoreNumber,AssociateId,TransactionId,InvoiceNumber,Comment'
            'BLANK1,PREM-BACKUP,2020-02-01,,,,,,,,,'
        )
    }

    It 'creates every row, with no service where SkuNumber is blank' {
        $created = Import-Csv $blanks | New-AgilantAccount -ErrorVariable failures

        $failures | Should -BeNullOrEmpty
        $created.Id | Should -Be @('BLANK1', 'BLANK2')
        (Get-AgilantAccount BLANK1).Services | Should -BeNullOrEmpty
        $service = Get-AgilantService BLANK2
        $service.SkuNumber | Should -Be 'PREM-SECURITY'
        $service.LineNumber | Should -Be 1
        $service.RenewalDate | Should -BeNullOrEmpty
        $service.StoreNumber | Should -BeNullOrEmpty
    }

    It 'adds services from rows whose optional cells are blank' {
        $added = Import-Csv $services | New-AgilantService -ErrorVariable failures

        $failures | Should -BeNullOrEmpty
        $added.SkuNumber | Should -Be 'PREM-BACKUP'
        $added.LineNumber | Should -Be 1
    }
}

Describe 'Accounts at the prompt' {
    It 'shows accounts and services as readable tables' {
        $accounts = Get-AgilantAccount C1, C2 | Format-Table | Out-String -Width 80
        $services = Get-AgilantService C1 | Format-Table | Out-String -Width 80

        $accounts | Should -Match 'Id\s+Status\s+FirstName\s+LastName\s+Services\s+EmailAddress'
        $accounts | Should -Match 'C1\s+ACTIVE\s+First1\s+Last1\s+1\s+user1@testco.com'
        $services | Should -Match 'C1\s+1\s+PREM-SECURITY\s+ACTIVE\s+2020-01-01\s+2021-01-01'
    }

    It 'tab-completes service statuses' {
        $completions = TabExpansion2 -inputScript 'Get-AgilantService C1 -Status CAN' -cursorColumn 33

        $completions.CompletionMatches.CompletionText | Should -Contain 'CANCELLED'
    }
}

Describe 'The same accounts.csv run again with -Resume' {
    BeforeAll {
        $script:resumeCsv = Join-Path $TestDrive 'resume.csv'
        $lines = @('Id,FirstName,LastName,Email,SkuNumber,PurchaseDate')
        foreach ($i in 1..20) {
            $lines += "RS$i,First$i,Last$i,rs$i@testco.com,PREM-SECURITY,2020-01-01"
        }
        Set-Content -LiteralPath $resumeCsv -Value $lines
        Import-Csv $resumeCsv | Select-Object -First 8 | New-AgilantAccount | Out-Null
        New-AgilantAccount RS20 -FirstName First20 -LastName Last20 -EmailAddress other@testco.com | Out-Null

        $script:resumed = Join-Path $TestDrive 'resumed.csv'
        Import-Csv $resumeCsv | New-AgilantAccount -Resume -ErrorVariable script:resumeFailures -ErrorAction SilentlyContinue |
            Export-Csv $resumed -NoTypeInformation
    }

    It 'writes every row once, those of the earlier run as AlreadyThere, in one shape for Export-Csv' {
        $written = Import-Csv $resumed
        $written.Id | Should -Be (1..19 | ForEach-Object { "RS$_" })
        ($written | Where-Object AlreadyThere -EQ 'True').Id | Should -Be (1..8 | ForEach-Object { "RS$_" })
        (Get-AgilantAccount RS12).EmailAddress | Should -Be 'rs12@testco.com'
    }

    It 'names each field that differs for an account the server holds otherwise' {
        $resumeFailures | Should -HaveCount 1
        $resumeFailures[0].FullyQualifiedErrorId | Should -BeLike 'Agilant.ExistsAndDiffers,*'
        $resumeFailures[0].ErrorDetails.Message | Should -BeLike "Account 'RS20' exists already and differs from the row: EmailAddress: row 'rs20@testco.com' / server 'other@testco.com'; Services line 1: row 'PREM-SECURITY 2020-01-01' / server none. Correct the row*"
    }

    It 'shows the AlreadyThere column in the table view' {
        $table = [pscustomobject]@{ Id = 'RS1'; FirstName = 'First1'; LastName = 'Last1'; Email = 'rs1@testco.com'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01' } |
            New-AgilantAccount -Resume | Out-String
        $table | Should -Match 'Id\s+AlreadyThere\s+FirstName'
        $table | Should -Match 'RS1\s+True\s+First1'
    }
}
