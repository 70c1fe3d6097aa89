param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# The emulator as docs/emulator.md has a user get it and try a runbook with it: the package in out/ installed into a
# fresh folder with no source but that folder, started, and worked against with the module.
BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:tool = Install-AgilantEmulatorTool -PackageFolder (Join-Path $RepoRoot 'out') -ToolPath (Join-Path $TestDrive 'tools')

    function Connect-To($Emulator) {
        Connect-Agilant -BaseUri $Emulator.BaseUri -PublicKey $Emulator.PublicKey -SecretKey $Emulator.SecretKey `
            -MaximumRetryCount 0 -InformationAction Ignore
    }
}

Describe 'The agilant-emulator tool installed from out/' {
    AfterEach {
        Disconnect-Agilant -ErrorAction Ignore
    }

    It 'starts seeded, and the Connect-Agilant line it prints works as pasted' {
        $emulator = Start-AgilantEmulator -Command $tool -Seed
        try {
            Invoke-Expression "$($emulator.ConnectCommand) -InformationAction Ignore"

            (Get-AgilantTicket 10000001).Subject | Should -Be "My computer won't boot up"
            (Get-AgilantSession).BaseUri | Should -Be $emulator.BaseUri
        }
        finally {
            Stop-AgilantEmulator $emulator
        }
    }

    It 'keeps the accounts a CSV import created across a restart, with --state' {
        $state = Join-Path $TestDrive 'state.json'
        $csv = Join-Path $TestDrive 'accounts.csv'
        @(
            [pscustomobject]@{ Id = 'CSV-1'; FirstName = 'Ann'; LastName = 'Lee'; Email = 'ann@testco.com'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2024-01-01' }
            [pscustomobject]@{ Id = 'CSV-2'; FirstName = 'Bob'; LastName = 'Ray'; Email = 'bob@testco.com'; SkuNumber = ''; PurchaseDate = '' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation
        $first = Start-AgilantEmulator -Command $tool -Arguments '--state', $state
        try {
            Connect-To $first
            Import-Csv $csv | New-AgilantAccount | Out-Null
        }
        finally {
            # Killed, not stopped: every change was saved when it was answered.
            Stop-AgilantEmulator $first
        }

        $second = Start-AgilantEmulator -Command $tool -Arguments '--state', $state
        try {
            Connect-To $second
            $second.Banner | Should -Contain "State: $state (loaded; saved after every change)"
            $accounts = Get-AgilantAccount CSV-1, CSV-2
            $accounts.Id | Should -Be 'CSV-1', 'CSV-2'
            $accounts[0].Services.SkuNumber | Should -Be 'PREM-SECURITY'
        }
        finally {
            Stop-AgilantEmulator $second
        }
    }

    It 'answers a runbook''s call with the fault given by --fault, then as ever' {
        $emulator = Start-AgilantEmulator -Command $tool -Seed -Arguments '--fault', 'GET /ticket/10000001 503 error=Down for upkeep'
        try {
            Connect-To $emulator

            Get-AgilantTicket 10000001 -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'Agilant.ServiceUnavailable,*'
            $failed[0].Exception.Message | Should -Match 'Down for upkeep'
            (Get-AgilantTicket 10000001).TicketNumber | Should -Be 10000001
        }
        finally {
            Stop-AgilantEmulator $emulator
        }
    }

    It 'sends the webhooks of a runbook''s changes to Receive-AgilantWebhook, with --webhook-url' {
        $prefix = "http://127.0.0.1:$(Get-FreeLoopbackPort)/agilant/"
        $emulator = Start-AgilantEmulator -Command $tool -Seed -Arguments '--webhook-url', $prefix, '--webhook-header', 'X-Agilant-Secret: s3cret'
        $receiver = [powershell]::Create()
        try {
            $null = $receiver.AddScript("Import-Module '$ModuleManifest'
                Receive-AgilantWebhook -Prefix '$prefix' -SharedSecret (ConvertTo-SecureString s3cret -AsPlainText -Force) -Count 2 -TimeoutSec 60")
            $null = Register-ObjectEvent -InputObject $receiver.Streams.Information -EventName DataAdded -SourceIdentifier listening
            $pending = $receiver.BeginInvoke()
            Wait-Event listening -Timeout 60 | Should -Not -BeNullOrEmpty -Because 'the receiver says when it listens'
            Connect-To $emulator

            Set-AgilantTicket 10000001 -Status CLOSED
            Add-AgilantTicketReply 10000001 'Closed now.' -EmailAddress desk@testco.com | Out-Null
            $received = $receiver.EndInvoke($pending)

            $receiver.Streams.Error | Should -BeNullOrEmpty
            $received.Webhook | ForEach-Object ToString | Should -Be 'TICKET_STATUS_CHANGE', 'TICKET_REPLY'
            ($received | Get-AgilantTicket | Select-Object -First 1).Status | Should -Be 'CLOSED'
        }
        finally {
            Unregister-Event listening -ErrorAction Ignore
            Remove-Event listening -ErrorAction Ignore
            $receiver.Dispose()
            Stop-AgilantEmulator $emulator
        }
    }
}
