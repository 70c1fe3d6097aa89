#Requires -Version 7.2

<#
.SYNOPSIS
    Builds the Agilant module into out/<Configuration>/Agilant/<version>/, with its help, and optionally tests it.

.DESCRIPTION
    1. Turns the markdown help in docs/en-US into en-US/Agilant.dll-Help.xml and en-US/about_Agilant.help.txt
       with platyPS 0.14 (New-ExternalHelp). The generated files are committed; a test checks they match docs/.
    2. Builds the solution; the module project lays out the module folder (manifest, assemblies, formats, help).
    3. With -Test, runs the xunit suites (dotnet test) and the Pester suite in tests/Pester.

.EXAMPLE
    ./build.ps1
    Import-Module ./out/Release/Agilant/0.1.0/Agilant.psd1

.EXAMPLE
    ./build.ps1 -Configuration Debug -Test
#>
[CmdletBinding()]
param(
    # Which build, and so which module folder: out/<Configuration>/Agilant/<version>/.
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Build without regenerating en-US/ (for machines without platyPS).
    [switch] $SkipHelp,

    # Run dotnet test and the Pester suite after building.
    [switch] $Test
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

if (-not $SkipHelp) {
    Import-Module platyPS -RequiredVersion 0.14.2 -ErrorAction Stop
    $null = New-ExternalHelp -Path (Join-Path $root 'docs/en-US') -OutputPath (Join-Path $root 'en-US') -Force
    Write-Verbose "Help generated into $(Join-Path $root 'en-US')."
}

Invoke-Native dotnet @('build', (Join-Path $root 'Agilant.PowerShell.sln'), '--configuration', $Configuration, '--nologo')

$version = (Import-PowerShellDataFile (Join-Path $root 'Agilant.psd1')).ModuleVersion
$module = Join-Path $root "out/$Configuration/Agilant/$version"
Write-Host "Module: $module"

if ($Test) {
    Invoke-Native dotnet @('test', (Join-Path $root 'Agilant.PowerShell.sln'), '--configuration', $Configuration, '--no-build', '--nologo')
    & (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1') -Configuration $Configuration
    if ($LASTEXITCODE -ne 0) { throw 'The Pester suite failed.' }
}
