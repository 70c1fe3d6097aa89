param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# Agilant beside other vendors' modules in the real pwsh: each load order in a fresh process, and what users touch
# (type literals, completion, format views, re-imports, parallel runspaces) unchanged by the module's own load context.

BeforeDiscovery {
    $orders = foreach ($standIn in 'StandIn6', 'StandIn9') {
        @{ StandIn = $standIn; StandInFirst = $true }
        @{ StandIn = $standIn; StandInFirst = $false }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand
    $script:pwsh = (Get-Process -Id $PID).Path
    # The stand-ins are built with the same configuration as the module (its manifest: out/<Configuration>/Agilant/<version>/).
    $script:configuration = Split-Path (Split-Path (Split-Path (Split-Path $ModuleManifest -Parent) -Parent) -Parent) -Leaf
    $script:moduleFolder = Split-Path $ModuleManifest -Parent

    function Invoke-FreshPwsh([string[]] $Arguments) {
        $env:AGILANT_BASE_URI = $emulator.BaseUri
        $env:AGILANT_PUBLIC_KEY = $emulator.PublicKey
        $env:AGILANT_SECRET_KEY = $emulator.SecretText
        try {
            $output = & $pwsh -NoProfile -NonInteractive @Arguments 2>&1
            if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`: $output" }
            $output
        }
        finally {
            Remove-Item Env:AGILANT_BASE_URI, Env:AGILANT_PUBLIC_KEY, Env:AGILANT_SECRET_KEY
        }
    }
}

AfterAll {
    Stop-AgilantEmulator $emulator
}

Describe 'Beside a module that ships other versions of Microsoft.Extensions.*' {
    It 'both work, each with its own copies, when <StandIn> is imported first: <StandInFirst>' -ForEach $orders {
        $standInPath = Join-Path $RepoRoot "tests/StandInModules/$StandIn/bin/$configuration/netstandard2.0/$StandIn.dll"
        $order = if ($StandInFirst) { $standInPath, $ModuleManifest } else { $ModuleManifest, $standInPath }

        $report = Invoke-FreshPwsh (@('-File', (Join-Path $RepoRoot 'tests/StandInModules/Test-LoadOrder.ps1')) + $order) | ConvertFrom-Json

        $report.Steps | Should -HaveCount 5
        foreach ($step in $report.Steps) { $step.Error | Should -BeNullOrEmpty -Because "$($step.Action) $($step.Module)" }
        $uses = $report.Steps | Where-Object Action -ne 'Import'
        $agilantUses = @($uses | Where-Object Module -eq 'Agilant')
        $agilantUses.Result.Subject | Should -Be (@('Load order') * $agilantUses.Count)
        foreach ($result in ($uses | Where-Object Module -eq $StandIn).Result) {
            $result.StatusCode | Should -Be 401
            $result.DependencyInjection | Should -Be $(if ($StandIn -eq 'StandIn6') { '6.0.0.0' } else { '9.0.0.0' })
            $result.DependencyInjectionPath | Should -BeLike "$(Split-Path $standInPath -Parent)*"
        }
        $ours = $report.Extensions | Where-Object Location -like "$moduleFolder*"
        $ours | Where-Object { $_.Name -eq 'Microsoft.Extensions.DependencyInjection' -and $_.Version -eq '8.0.0.0' } | Should -HaveCount 1
        $ours.Context | Select-Object -Unique | Should -Be 'Agilant'
    }
}

Describe 'What users touch, in a fresh pwsh' {
    It 'resolves the module''s types by name, infers members from output types and shows its format views' {
        $script = @'
Import-Module '{0}'
[Agilant.Ticket].FullName
[Agilant.TicketPriority]::HIGH.ToString()
[Agilant.Account].FullName
$text = '(Get-AgilantTicket 10000001).Sub'
(TabExpansion2 -inputScript $text -cursorColumn $text.Length).CompletionMatches.CompletionText
Connect-Agilant -RetryIntervalSec 0 -InformationAction Ignore
$ticket = New-AgilantTicket -Subject 'Format view' -Message m -EmailAddress ann@testco.com
Remove-Module Agilant
Import-Module '{0}'
Connect-Agilant -RetryIntervalSec 0 -InformationAction Ignore
(Get-AgilantTicket $ticket.TicketNumber | Format-Table | Out-String -Width 100).Trim().Split("`n")[0].Trim()
'@ -f $ModuleManifest

        $lines = Invoke-FreshPwsh @('-Command', $script)

        $lines[0..3] | Should -Be @('Agilant.Ticket', 'HIGH', 'Agilant.Account', 'Subject')
        $lines[4] | Should -Match '^TicketNumber\s+Status\s+Priority\s+Replies\s+Subject$'
    }

    It 'serves ForEach-Object -Parallel runspaces with a session passed by $using:' {
        $script = @'
Import-Module '{0}'
$session = Connect-Agilant -RetryIntervalSec 0 -PassThru -InformationAction Ignore
1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {{
    Import-Module '{0}'
    (New-AgilantTicket -Subject "parallel $_" -Message m -EmailAddress ann@testco.com -Session $using:session).GetType().FullName
}}
'@ -f $ModuleManifest

        Invoke-FreshPwsh @('-Command', $script) | Should -Be @('Agilant.Ticket', 'Agilant.Ticket', 'Agilant.Ticket', 'Agilant.Ticket')
    }
}
