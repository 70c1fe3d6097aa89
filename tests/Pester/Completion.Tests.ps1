param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed

    function Complete([string] $line) {
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
    }
}

AfterAll {
    Stop-AgilantEmulator $emulator
}

Describe 'Tab completion from what was just seen, in pwsh' {
    BeforeEach {
        Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore
    }

    It 'offers the tickets just read, newest first, with their subjects' {
        Get-AgilantTicket 10000001 | Out-Null
        $null = Get-AgilantTicket 10000002

        $offered = Complete 'Add-AgilantTicketReply -TicketNumber '

        $offered.CompletionText | Should -Be @('10000002', '10000001')
        $offered[1].ToolTip | Should -Be "My computer won't boot up [IN_PROGRESS]"
    }

    It 'offers the services of the account on the line, and routes filled with them' {
        Get-AgilantAccount 23526813 | Out-Null

        (Complete 'Get-AgilantAccount 23526813 | Set-AgilantService -AccountId 23526813 -SkuNumber ').CompletionText | Should -Be @('PREM-SECURITY', 'IHIO-SMARTTV')
        (Complete 'Invoke-AgilantRequest -Method PUT /account/').CompletionText | Should -Contain '/account/23526813/service/IHIO-SMARTTV'
    }

    It 'forgets what was seen once disconnected' {
        Get-AgilantTicket 10000001 | Out-Null
        Disconnect-Agilant

        Complete 'Set-AgilantTicket -TicketNumber ' | Should -BeNullOrEmpty
    }
}
