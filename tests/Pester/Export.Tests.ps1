param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# Real Export-Csv, Import-Csv and ConvertTo-Json (Microsoft.PowerShell.Utility, which the xunit-hosted engine lacks)
# on the module's objects: readable cells, enum names, and an edited file that comes back through the Set- cmdlets.

BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed
    Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore
}

AfterAll {
    Disconnect-Agilant
    Stop-AgilantEmulator $emulator
}

Describe 'Export-Csv of the module''s objects' {
    It 'writes what a ticket, an account and an order hold as text, never a type name' {
        $ticket = Get-AgilantTicket 10000001 | ConvertTo-Csv | ConvertFrom-Csv
        $account = Get-AgilantAccount 23526813 | ConvertTo-Csv | ConvertFrom-Csv
        $order = Get-AgilantOrder 89023475 | ConvertTo-Csv | ConvertFrom-Csv

        $ticket.Replies | Should -Be 'Have you tried powering the system off then on?; Yes, I have.'
        $account.Services | Should -Be 'PREM-SECURITY #1; IHIO-SMARTTV #2'
        $order.Items | Should -Match '^\S+ #1; \S+ #2$'
        $order.ShipTo | Should -Be 'ABC Company, 123 Test Street, Suite 413, Testville, TN, 12345'
        @($ticket, $account, $order).ForEach({ $_.PSObject.Properties.Value }) | Should -Not -Match '^(Agilant|System)\.'
    }
}

Describe 'ConvertTo-Json of the module''s objects' {
    It 'writes every enumeration by its name, nested ones too' {
        $ticket = Get-AgilantTicket 10000001 | ConvertTo-Json | ConvertFrom-Json
        $order = Get-AgilantOrder 89023475 | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $session = Get-AgilantSession | ConvertTo-Json | ConvertFrom-Json

        $ticket.Status, $ticket.Priority | Should -Be 'IN_PROGRESS', 'NORMAL'
        $order.Type, $order.Status | Should -Be 'NEW', 'QUOTE_CREATED'
        $order.Items.Status | Should -Be 'PAID', 'COMPLETE'
        $session.Scope | Should -Be 'Process'
    }

    It 'leaves tables and filters as they were' {
        $tickets = Get-AgilantTicket 10000001, 10000002
        @($tickets | Where-Object Status -eq In_Progress).TicketNumber | Should -Be 10000001
        ($tickets | Format-Table | Out-String) | Should -Match '10000001\s+IN_PROGRESS\s+NORMAL'
    }
}

Describe 'A CSV file written by Export-Csv and edited' {
    It 'comes back through Set-<Type> and sends what the file says' -ForEach @(
        @{ Type = 'AgilantTicket'; Key = 10000001; From = 'IN_PROGRESS'; To = 'CLOSED'; Field = 'Status' }
        @{ Type = 'AgilantAccount'; Key = '23526813'; From = 'jdoe@abccompany.com'; To = 'jane.doe@abccompany.com'; Field = 'EmailAddress' }
        @{ Type = 'AgilantOrder'; Key = '89023475'; From = '"457215"'; To = '"999001"'; Field = 'LoyaltyId' }
    ) {
        $csv = Join-Path $TestDrive "$Type.csv"
        & "Get-$Type" $Key | Export-Csv -LiteralPath $csv
        (Get-Content -LiteralPath $csv) -replace $From, $To | Set-Content -LiteralPath $csv

        $changed = Import-Csv -LiteralPath $csv | & "Set-$Type" -PassThru -ErrorVariable failures

        $failures | Should -BeNullOrEmpty
        "$($changed.$Field)" | Should -Be $To.Trim('"')
        "$((& "Get-$Type" $Key).$Field)" | Should -Be $To.Trim('"')
    }
}
