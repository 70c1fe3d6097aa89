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

Describe 'Tickets from a CSV file' {
    It 'creates one ticket per row and reports a bad row by itself' {
        $csv = Join-Path $TestDrive 'tickets.csv'
        @(
            [pscustomobject]@{ Subject = 'Printer jams'; Message = 'Paper jam on floor 2'; Email = 'ann@testco.com'; Priority = 'HIGH' }
            [pscustomobject]@{ Subject = 'No mail'; Message = 'Outlook will not start'; Email = 'not-an-address'; Priority = 'LOW' }
            [pscustomobject]@{ Subject = 'VPN'; Message = 'Cannot connect'; Email = 'bob@testco.com'; Priority = 'NORMAL' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation

        $created = Import-Csv $csv | New-AgilantTicket -ErrorVariable failures -ErrorAction SilentlyContinue

        $created.Subject | Should -Be @('Printer jams', 'VPN')
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Agilant.BadRequest,*'
        $failures[0].ErrorDetails.Message | Should -Match 'emailAddress'
    }
}

Describe 'A tickets CSV with blank optional cells' {
    It 'sends no blank priority, name or phone number' {
        $csv = Join-Path $TestDrive 'blank-tickets.csv'
        Set-Content -LiteralPath $csv -Value @(
            'Subject,Message,EmailAddress,Priority,FirstName,LastName,PhoneNumber'
            'Blank cells,Nothing but the required ones,ann@testco.com,,,,'
        )

        $created = Import-Csv $csv | New-AgilantTicket -ErrorVariable failures
        $ticket = Get-AgilantTicket $created.TicketNumber

        $failures | Should -BeNullOrEmpty
        $ticket.Priority | Should -Be 'NORMAL'
        $ticket.FirstName | Should -BeNull
        $ticket.LastName | Should -BeNull
        $ticket.PhoneNumber | Should -BeNull
    }
}

Describe 'What a person at the prompt sees' {
    It 'shows tickets as a readable table' {
        $ticket = New-AgilantTicket -Subject 'Table check' -Message 'm' -EmailAddress 'ann@testco.com'
        $text = Get-AgilantTicket $ticket.TicketNumber | Format-Table | Out-String -Width 80

        $text | Should -Match 'TicketNumber\s+Status\s+Priority\s+Replies\s+Subject'
        $text | Should -Match "$($ticket.TicketNumber)\s+NEW_TICKET\s+NORMAL\s+0\s+Table check"
    }

    It 'shows the session as a list without any secret' {
        $text = Get-AgilantSession | Out-String

        $text | Should -Match 'PublicKey\s+: '
        $text | Should -Match 'BaseUri\s+: http://127.0.0.1'
        $text | Should -Not -Match ([regex]::Escape('EEEE5555-DD44-CC33-BB22-AAAAAA111111'))
    }

    It 'tab-completes statuses' {
        $completions = TabExpansion2 -inputScript 'Set-AgilantTicket 1 -Status IN_' -cursorColumn 31

        $completions.CompletionMatches.CompletionText | Should -Contain 'IN_PROGRESS'
    }
}

Describe 'Unattended runs with -Debug' {
    It 'logs the calls without asking to continue, in a non-interactive session' {
        $ticket = New-AgilantTicket -Subject 'Debug check' -Message 'm' -EmailAddress 'ann@testco.com' -Debug 5>$null

        $log = Get-AgilantTicket $ticket.TicketNumber -Debug -ErrorAction Stop 5>&1

        $log.Where({ $_ -is [Agilant.Ticket] }).TicketNumber | Should -Be $ticket.TicketNumber
        $summary = $log.Where({ $_ -is [System.Management.Automation.DebugRecord] }).Message -match "^GET /ticket/$($ticket.TicketNumber): 200 OK in \d+ ms"
        $summary | Should -HaveCount 1
    }
}
