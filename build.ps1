#Requires -Version 7.2

<#
.SYNOPSIS
    Builds the Agilant module into out/<Configuration>/Agilant/<version>/, with its help, and optionally tests it and
    packs it into out/Agilant.<version>.nupkg, and the emulator tool into out/Agilant.Emulator.<version>.nupkg.

.DESCRIPTION
    1. Turns the markdown help in docs/en-US into en-US/Agilant.dll-Help.xml and en-US/about_Agilant.help.txt
       with platyPS 0.14 (New-ExternalHelp). The generated files are committed; a test checks they match docs/.
    2. Builds the solution; the module project lays out the module folder (manifest, assemblies, formats, help).
    3. With -Test, runs the xunit suites (dotnet test) and the Pester suite in tests/Pester.
    4. With -Package (after the tests, when both are given), packs the module folder as assembled, every file of it
       and nothing else, into out/Agilant.<version>.nupkg, the version being Agilant.psd1's ModuleVersion. This is
       the package Publish-PSResource puts into a gallery or a folder repository and Install-PSResource installs.
       tools/New-ModulePackage.ps1 packs it with Compress-PSResource (Microsoft.PowerShell.PSResourceGet 1.1 or
       later) in a throwaway home, so that the user's PSResourceGet settings stay as they are. It also packs the
       emulator (dotnet pack src/Agilant.Emulator) into out/Agilant.Emulator.<version>.nupkg, the .NET tool
       agilant-emulator that dotnet tool install takes from that folder (docs/emulator.md).

.EXAMPLE
    ./build.ps1
    Import-Module ./out/Release/Agilant/0.1.0/Agilant.psd1

.EXAMPLE
    ./build.ps1 -Configuration Debug -Test

.EXAMPLE
    ./build.ps1 -Test -Package
    Publish-PSResource -NupkgPath ./out/Agilant.0.1.0.nupkg -Repository Internal

    Builds and tests the Release module, packs it into out/Agilant.0.1.0.nupkg and publishes that package to
    Internal, a registered repository (a folder, or a NuGet feed with -ApiKey), from which users then run
    Install-PSResource Agilant -Repository Internal.
#>
[CmdletBinding()]
param(
    # Which build, and so which module folder: out/<Configuration>/Agilant/<version>/.
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Build without regenerating en-US/ (for machines without platyPS).
    [switch] $SkipHelp,

    # Run dotnet test and the Pester suite after building.
    [switch] $Test,

    # Pack the built module folder into out/Agilant.<version>.nupkg for Publish-PSResource and Install-PSResource, and
    # the emulator into out/Agilant.Emulator.<version>.nupkg for dotnet tool install.
    [switch] $Package
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

if ($Package) {
    $nupkg = & (Join-Path $root 'tools/New-ModulePackage.ps1') -ModuleFolder $module -DestinationPath (Join-Path $root 'out')
    Write-Host "Package: $($nupkg.FullName)"
    Invoke-Native dotnet @('pack', (Join-Path $root 'src/Agilant.Emulator'), '--configuration', $Configuration, '--no-build', '--nologo')
    Write-Host "Emulator tool: $(Join-Path $root "out/Agilant.Emulator.$version.nupkg")"
}
