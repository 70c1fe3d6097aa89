param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# The default session in the real pwsh: shared by every runspace of the process unless kept to one with -Scope Runspace.

BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed
}

AfterAll {
    Get-AgilantSession | Disconnect-Agilant
    Stop-AgilantEmulator $emulator
}

Describe 'The default session' {
    It 'serves ForEach-Object -Parallel script blocks given no -Session' {
        Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore

        $subjects = 10000001, 10000002 | ForEach-Object -ThrottleLimit 2 -Parallel {
            Import-Module $using:ModuleManifest
            (Get-AgilantTicket $_).Subject
        }

        @($subjects).Count | Should -Be 2
        $subjects | Should -Not -BeNullOrEmpty
    }

    It 'serves a runspace the script makes itself' {
        Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript("Import-Module '$ModuleManifest'; (Get-AgilantTicket 10000001).TicketNumber")
            $shell.Invoke() | Should -Be 10000001
        }
        finally {
            $shell.Dispose()
        }
    }

    It 'kept to its runspace with -Scope Runspace, is used there and nowhere else' {
        Get-AgilantSession | Disconnect-Agilant
        $mine = Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -Scope Runspace -PassThru -InformationAction Ignore

        $elsewhere = 1 | ForEach-Object -Parallel {
            Import-Module $using:ModuleManifest
            try { Get-AgilantTicket 10000001 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
        }
        $given = 1 | ForEach-Object -Parallel {
            Import-Module $using:ModuleManifest
            (Get-AgilantTicket 10000001 -Session $using:mine).TicketNumber
        }

        (Get-AgilantTicket 10000001).TicketNumber | Should -Be 10000001
        $elsewhere | Should -BeLike 'Agilant.NotConnected,*'
        $given | Should -Be 10000001
        Disconnect-Agilant
    }
}
