# Starts the emulator as its own process on a free loopback port, as a person would from the README.

function Start-AgilantEmulator {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Assembly,
        # Adds the sample tickets 10000001 and 10000002 and the sample account 23526813.
        [switch] $Seed
    )

    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $start.ArgumentList.Add($Assembly)
    $start.ArgumentList.Add('--urls')
    $start.ArgumentList.Add('http://127.0.0.1:0')
    if ($Seed) { $start.ArgumentList.Add('--seed') }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)

    $lines = @()
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        $lines += $line
        if ($line -match 'listening on (\S+)') { $baseUri = $Matches[1] }
        if ($line -match '^Connect-Agilant ') { break }
    }
    if (-not $baseUri) { throw "The emulator did not start: $($lines -join "`n")" }

    [pscustomobject]@{
        Process   = $process
        BaseUri   = $baseUri
        SecretText = ($lines | Where-Object { $_ -match 'Secret key: (\S+)' } | ForEach-Object { $Matches[1] })
        PublicKey = ($lines | Where-Object { $_ -match 'Public key: (\S+)' } | ForEach-Object { $Matches[1] })
        SecretKey = ($lines | Where-Object { $_ -match 'Secret key: (\S+)' } | ForEach-Object { $Matches[1] }) | ConvertTo-SecureString -AsPlainText -Force
    }
}

function Stop-AgilantEmulator {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    if (-not $Emulator.Process.HasExited) {
        $Emulator.Process.Kill($true)
        $Emulator.Process.WaitForExit()
    }
}

Export-ModuleMember -Function Start-AgilantEmulator, Stop-AgilantEmulator
