# The emulator as a user runs it: the agilant-emulator tool installed from its package, started as its own process on
# a free loopback port.

function Install-AgilantEmulatorTool {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        # The folder that holds Agilant.Emulator.<version>.nupkg: out/, where dotnet pack src/Agilant.Emulator puts it.
        [Parameter(Mandatory)] [string] $PackageFolder,
        # Where the tool goes, as dotnet tool install --tool-path takes it.
        [Parameter(Mandatory)] [string] $ToolPath
    )

    # The package folder is the only source: the install needs no network, and no other feed's Agilant.Emulator can answer.
    $null = New-Item -ItemType Directory -Force -Path $ToolPath
    $config = Join-Path $ToolPath 'nuget.config'
    $source = [System.Security.SecurityElement]::Escape((Resolve-Path $PackageFolder).Path)
    Set-Content -LiteralPath $config -Value @(
        '<?xml version="1.0" encoding="utf-8"?>'
        "<configuration><packageSources><clear /><add key=`"agilant`" value=`"$source`" /></packageSources></configuration>"
    )
    $installed = & dotnet tool install --tool-path $ToolPath --configfile $config Agilant.Emulator 2>&1
    if ($LASTEXITCODE -ne 0) { throw "dotnet tool install failed ($LASTEXITCODE): $($installed -join "`n")" }
    Join-Path $ToolPath ($IsWindows ? 'agilant-emulator.exe' : 'agilant-emulator')
}

function Start-AgilantEmulator {
    [CmdletBinding()]
    param(
        # The installed agilant-emulator command.
        [Parameter(Mandatory)] [string] $Command,
        # Adds the sample tickets 10000001 and 10000002 and the sample account 23526813.
        [switch] $Seed,
        # More of the tool's options, such as --state FILE, --fault RULE, --webhook-url URL.
        [string[]] $Arguments = @()
    )

    $start = [System.Diagnostics.ProcessStartInfo]::new($Command)
    $start.ArgumentList.Add('--urls')
    $start.ArgumentList.Add('http://127.0.0.1:0')
    if ($Seed) { $start.ArgumentList.Add('--seed') }
    foreach ($argument in $Arguments) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)

    $lines = @()
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        $lines += $line
        if ($line -match 'listening on (\S+)') { $baseUri = $Matches[1] }
        if ($line -eq 'Press Ctrl+C to stop.') { break }
    }
    if (-not $baseUri) { throw "The emulator did not start: $($lines -join "`n")" }

    [pscustomobject]@{
        Process        = $process
        BaseUri        = $baseUri
        Banner         = $lines
        ConnectCommand = ($lines | Where-Object { $_ -like 'Connect-Agilant *' })
        SecretText     = ($lines | Where-Object { $_ -match 'Secret key: (\S+)' } | ForEach-Object { $Matches[1] })
        PublicKey      = ($lines | Where-Object { $_ -match 'Public key: (\S+)' } | ForEach-Object { $Matches[1] })
        SecretKey      = ($lines | Where-Object { $_ -match 'Secret key: (\S+)' } | ForEach-Object { $Matches[1] }) | ConvertTo-SecureString -AsPlainText -Force
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

# For a webhook receiver, which cannot take port 0 as the emulator does: a loopback port free a moment ago.
function Get-FreeLoopbackPort {
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    try { $probe.LocalEndpoint.Port } finally { $probe.Stop() }
}

Export-ModuleMember -Function Install-AgilantEmulatorTool, Start-AgilantEmulator, Stop-AgilantEmulator, Get-FreeLoopbackPort
