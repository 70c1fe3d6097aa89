<#
.SYNOPSIS
    Runs the Pester suite against the built module and a local emulator process.
.DESCRIPTION
    Builds the solution unless -NoBuild, packs the emulator tool into out/ (dotnet pack src/Agilant.Emulator) and
    installs it from there into a throwaway folder, then runs every *.Tests.ps1 here with the module's manifest and
    the installed agilant-emulator command as container data: the tests run the emulator as a user would. With
    -CountsPath, writes "<passed> <failed>" there for CI to add up. Exits 1 when a test failed.
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',
    [switch] $NoBuild,
    [string] $CountsPath
)

$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
if (-not $NoBuild) {
    & dotnet build (Join-Path $root 'Agilant.PowerShell.sln') --configuration $Configuration --nologo | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'The build failed.' }
}

& dotnet pack (Join-Path $root 'src/Agilant.Emulator') --configuration $Configuration --no-build --nologo | Out-Host
if ($LASTEXITCODE -ne 0) { throw 'Packing the emulator tool failed.' }
Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
$tools = [System.IO.Directory]::CreateTempSubdirectory('agilant-emulator-tool-').FullName

$version = (Import-PowerShellDataFile (Join-Path $root 'Agilant.psd1')).ModuleVersion
$data = @{
    ModuleManifest = Join-Path $root "out/$Configuration/Agilant/$version/Agilant.psd1"
    EmulatorCommand = Install-AgilantEmulatorTool -PackageFolder (Join-Path $root 'out') -ToolPath $tools
    RepoRoot = [string] $root
}

try {
    Import-Module Pester -MinimumVersion 5.5 -ErrorAction Stop
    $pester = New-PesterConfiguration
    $pester.Run.Container = New-PesterContainer -Path (Join-Path $PSScriptRoot '*.Tests.ps1') -Data $data
    $pester.Run.PassThru = $true
    $pester.Output.Verbosity = 'Normal'
    $result = Invoke-Pester -Configuration $pester
}
finally {
    Remove-Item -LiteralPath $tools -Recurse -Force
}

if ($CountsPath) {
    Set-Content -LiteralPath $CountsPath -Value "$($result.PassedCount) $($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount)"
}
if ($result.Result -ne 'Passed') { exit 1 }
