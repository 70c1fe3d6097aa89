#Requires -Version 7.2

<#
.SYNOPSIS
    Packs an assembled module folder into <Name>.<Version>.nupkg, the package Publish-PSResource and
    Install-PSResource take.

.DESCRIPTION
    Compress-PSResource (Microsoft.PowerShell.PSResourceGet 1.1 or later; PowerShell 7.5+ ships it) reads the name
    and version from the folder's manifest and takes every file of the folder, subfolders included: the package holds
    exactly what the build assembled, with no list of files kept here. build.ps1 -Package and the Pester test of the
    package both pack through this script.

    Compress-PSResource creates PSResourceGet's repository settings when the user has none, so it runs in a child
    pwsh with a throwaway home (tools/IsolatedPwsh.psm1) and the user's settings stay as they are. Windows does not
    take that folder from HOME: there a user with no settings yet gets PSResourceGet's defaults, as on first use of
    any of its commands.

.OUTPUTS
    System.IO.FileInfo: the package, in DestinationPath. A package of the same name there is replaced.

.EXAMPLE
    ./tools/New-ModulePackage.ps1 -ModuleFolder out/Release/Agilant/0.1.0 -DestinationPath out
#>
[CmdletBinding()]
[OutputType([System.IO.FileInfo])]
param(
    # The module folder as the build assembled it: out/<Configuration>/Agilant/<version>.
    [Parameter(Mandatory)] [string] $ModuleFolder,

    # The folder that receives the package; created if missing.
    [Parameter(Mandatory)] [string] $DestinationPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'IsolatedPwsh.psm1')

# Looked up here, where the user's module folders count: the child, with its throwaway home, sees only $PSHOME's.
$psResourceGet = Get-Module -ListAvailable -Name Microsoft.PowerShell.PSResourceGet |
    Where-Object Version -GE '1.1.0' | Sort-Object Version -Descending | Select-Object -First 1
if (-not $psResourceGet) {
    throw 'Packing needs Microsoft.PowerShell.PSResourceGet 1.1 or later (Compress-PSResource): PowerShell 7.5+ ships it, or run Install-PSResource Microsoft.PowerShell.PSResourceGet.'
}

$throwawayHome = Join-Path ([System.IO.Path]::GetTempPath()) "agilant-pack-$([System.IO.Path]::GetRandomFileName())"
# An empty folder of its own, so that the one file in it afterwards is the package, whatever version it is named for.
$packed = Join-Path $throwawayHome 'package'
$null = New-Item -ItemType Directory -Force -Path $packed, $DestinationPath
try {
    $said = Start-IsolatedPwsh -HomePath $throwawayHome -Variables @{
        PSResourceGet = $psResourceGet.Path
        ModuleFolder  = (Resolve-Path -LiteralPath $ModuleFolder).Path
        Packed        = $packed
    } -Command '
        Import-Module $PSResourceGet
        Compress-PSResource -Path $ModuleFolder -DestinationPath $Packed
    ' | Wait-IsolatedPwsh
    # It says nothing when all is well; its warnings would otherwise be lost with the child's output.
    if ($said) { Write-Warning "Compress-PSResource: $said" }
    Move-Item -Path (Join-Path $packed '*.nupkg') -Destination $DestinationPath -Force -PassThru
}
finally {
    Remove-Item -LiteralPath $throwawayHome -Recurse -Force
}
