param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# -WhatIf as a user sees it: the console host of a fresh pwsh prints the request after the usual sentence, with no
# connection needed, and the command then sends what it showed.

BeforeAll {
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
    $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed
    $script:pwsh = (Get-Process -Id $PID).Path

    function Invoke-FreshPwsh([string] $Script) {
        $output = & $pwsh -NoProfile -NonInteractive -Command ("Import-Module '$ModuleManifest'; " + $Script) 2>&1
        if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`: $output" }
        $output | ForEach-Object { "$_" }
    }
}

AfterAll {
    $script:session | Where-Object { $_ } | Disconnect-Agilant
    Stop-AgilantEmulator $emulator
}

Describe '-WhatIf in a fresh pwsh' {
    It 'prints the route and body with no session, and sends nothing' {
        $lines = Invoke-FreshPwsh 'Set-AgilantTicket 10000001 -Priority LOW -WhatIf'

        $lines | Should -Be @(
            'What if: Performing the operation "Update" on target "Ticket 10000001".'
            'PUT /ticket/10000001'
            '{"priority":"LOW"}'
        )
    }

    It 'prints the whole address with a session, and the command then creates what it showed' {
        $connect = "Connect-Agilant -BaseUri '$($emulator.BaseUri)' -PublicKey '$($emulator.PublicKey)' -SecretKey (ConvertTo-SecureString '$($emulator.SecretText)' -AsPlainText -Force) -InformationAction Ignore"
        $create = "New-AgilantTicket -Subject 'Shown first' -Message 'It says no signal' -EmailAddress ann@testco.com -Priority HIGH"

        $lines = Invoke-FreshPwsh "$connect; $create -WhatIf; ($create).TicketNumber"

        $lines[1] | Should -Be "POST $($emulator.BaseUri.TrimEnd('/'))/ticket"
        $shown = $lines[2] | ConvertFrom-Json
        $lines -join "`n" | Should -Not -Match ([regex]::Escape($emulator.SecretText))
        $script:session = Connect-Agilant -BaseUri $emulator.BaseUri -PublicKey $emulator.PublicKey -SecretKey (ConvertTo-SecureString $emulator.SecretText -AsPlainText -Force) -Scope Runspace -PassThru -InformationAction Ignore
        $held = Get-AgilantTicket $lines[3] -Session $session
        $held.Subject | Should -Be $shown.subject
        $held.Message | Should -Be $shown.message
        $held.EmailAddress | Should -Be $shown.emailAddress
        "$($held.Priority)" | Should -Be $shown.priority
    }
}
