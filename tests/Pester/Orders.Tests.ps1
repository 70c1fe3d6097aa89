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

    # The request as -Debug shows it: the call log's first debug line, headers then body.
    function Get-SentBody([scriptblock] $Command) {
        $request = (& $Command 5>&1).Where({ $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -like 'Request *' }, 'First')[0]
        $request.Message.Split("`n")[-1]
    }
}

AfterAll {
    Disconnect-Agilant
    Stop-AgilantEmulator $emulator
}

Describe 'What a person at the prompt sees of orders' {
    It 'shows orders and their items as readable tables' {
        $orders = Get-AgilantOrder 89023475, 12345678 | Format-Table | Out-String -Width 100
        $items = (Get-AgilantOrder 89023475).Items | Format-Table | Out-String -Width 100

        $orders | Should -Match 'Number\s+Type\s+Status'
        $orders | Should -Match '89023475\s+NEW\s+QUOTE_CREATED'
        $items | Should -Match 'OrderNumber\s+Line\s+SkuNumber\s+Status'
        $items | Should -Match '89023475\s+2\s+346346\s+COMPLETE'
    }
}

Describe 'Send-AgilantDiagnostic with what pwsh gives' {
    It 'takes the document from Get-Item by its FullName' {
        $report = Join-Path $TestDrive 'report.pdf'
        Set-Content -LiteralPath $report -Value 'diagnostic report' -NoNewline

        $body = Get-SentBody { Get-Item $report | Send-AgilantDiagnostic -OrderNumber 12345678 -ResultCode ok -WindowsUpgradeEligible $true -Debug }

        ($body | ConvertFrom-Json).document | Should -Be ([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('diagnostic report')))
    }

    It 'sends live objects of the system as JSON text' {
        $body = Get-SentBody {
            Send-AgilantDiagnostic 12345678 -ResultCode ok -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf `
                -SystemInformation @{ PowerShell = $PSVersionTable; Process = Get-Process -Id $PID | Select-Object Id, ProcessName } -Debug
        }

        $information = ($body | ConvertFrom-Json).systemInformation | ConvertFrom-Json
        $information.PowerShell.PSVersion.Major | Should -Be $PSVersionTable.PSVersion.Major
        $information.PowerShell.PSEdition | Should -Be 'Core'
        $information.Process.Id | Should -Be $PID
    }

    It 'sends a whole process object without failing' {
        { Send-AgilantDiagnostic 12345678 -ResultCode ok -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf `
            -SystemInformation @{ Process = Get-Process -Id $PID } -ErrorAction Stop } | Should -Not -Throw
    }
}

Describe 'ConvertFrom-AgilantWebhook with what pwsh gives' {
    It 'reads a saved request piped in line by line by Get-Content' {
        $saved = Join-Path $TestDrive 'webhook.json'
        [pscustomobject]@{ webhook = 'ORDER_STATUS_CHANGE'; order = @{ number = '89023475'; status = 'QUOTE_CREATED' } } |
            ConvertTo-Json | Set-Content -LiteralPath $saved

        $order = Get-Content -LiteralPath $saved | ConvertFrom-AgilantWebhook | Get-AgilantOrder

        (Get-Content -LiteralPath $saved).Count | Should -BeGreaterThan 1
        $order.Number | Should -Be '89023475'
        $order.Items | Should -HaveCount 2
    }
}
