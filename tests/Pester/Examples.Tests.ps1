param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# Runs the examples of every help page against a freshly seeded emulator, one emulator per page, which sends its
# webhooks to the examples' receiver address (http://127.0.0.1:8080/agilant/ in the pages, a free port here).
BeforeDiscovery {
    # Examples that need a person, an automation account or a route the emulator does not serve, or that receive
    # webhooks until Ctrl+C (no -TimeoutSec on their line).
    $notRunnable = 'Read-Host|Get-Credential|Get-Automation|/provider|Receive-AgilantWebhook(?![^\n]*-TimeoutSec)'
    $pages = foreach ($page in Get-ChildItem (Join-Path $RepoRoot 'docs/en-US') -Filter '*-*.md') {
        $examples = [regex]::Matches((Get-Content -Raw $page.FullName), '(?s)### (Example \d+: [^\n]+)\n```powershell\n(.*?)\n```') |
            ForEach-Object { @{ Title = $_.Groups[1].Value; Code = $_.Groups[2].Value } }
        @{
            Name = $page.BaseName
            Runnable = @($examples | Where-Object { $_.Code -notmatch $notRunnable })
        }
    }
}

Describe '<Name> examples' -ForEach $pages {
    BeforeAll {
        Import-Module $ModuleManifest -Force
        Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
        $script:webhookPrefix = "http://127.0.0.1:$(Get-FreeLoopbackPort)/agilant/"
        $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed -Arguments '--webhook-url', $webhookPrefix
        # As on a machine with the module installed and a runbook's keys in the environment: parallel runspaces and
        # Start-Job's process load the module by name, and a job connects from the environment.
        $script:modulePath = $env:PSModulePath
        $env:PSModulePath = (Split-Path (Split-Path (Split-Path $ModuleManifest))) + [System.IO.Path]::PathSeparator + $env:PSModulePath
        $env:AGILANT_PUBLIC_KEY = $emulator.PublicKey
        $env:AGILANT_SECRET_KEY = $emulator.SecretText
        $env:AGILANT_BASE_URI = $emulator.BaseUri
        Push-Location $TestDrive
    }

    AfterAll {
        Pop-Location
        Remove-Item Env:AGILANT_PUBLIC_KEY, Env:AGILANT_SECRET_KEY, Env:AGILANT_BASE_URI -ErrorAction SilentlyContinue
        $env:PSModulePath = $modulePath
        Stop-AgilantEmulator $emulator
    }

    BeforeEach {
        Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey $emulator.SecretKey -RetryIntervalSec 0 -InformationAction Ignore
    }

    It 'has two or more examples that can run here' {
        $Runnable.Count | Should -BeGreaterOrEqual 2
    }

    It '<_.Title> runs without an error' -ForEach $Runnable {
        $code = $_.Code.Replace('http://127.0.0.1:5080/', $emulator.BaseUri).Replace('http://127.0.0.1:8080/agilant/', $webhookPrefix)
        $ErrorActionPreference = 'Stop'
        $ConfirmPreference = 'None'
        { & ([scriptblock]::Create($code)) | Out-String } | Should -Not -Throw
    }
}
