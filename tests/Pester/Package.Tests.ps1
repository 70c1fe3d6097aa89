param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorAssembly,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# The package build.ps1 -Package makes, packed the same way here.
Describe 'The package users install' {
    BeforeAll {
        # Relative paths with / as a zip entry names them, sorted, so that folders compare as lists.
        function Get-RelativeFileList([string] $Folder) {
            Get-ChildItem -LiteralPath $Folder -File -Recurse |
                ForEach-Object { [System.IO.Path]::GetRelativePath($Folder, $_.FullName).Replace('\', '/') } |
                Sort-Object
        }

        $script:built = Split-Path $ModuleManifest
        $script:version = (Import-PowerShellDataFile $ModuleManifest).ModuleVersion
        $script:package = & (Join-Path $RepoRoot 'tools/New-ModulePackage.ps1') -ModuleFolder $built -DestinationPath (Join-Path $TestDrive 'package')
    }

    It 'is named after the manifest''s module name and version' {
        $package.Name | Should -BeExactly "Agilant.$version.nupkg"
    }

    It 'holds every file of the built module folder and nothing else' {
        # What the nupkg format itself adds, which Install-PSResource does not install.
        $nupkgParts = '^(_rels/|package/|\[Content_Types\]\.xml$|Agilant\.nuspec$)'
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package.FullName)
        try {
            $packed = $zip.Entries.FullName | Where-Object { $_ -notmatch $nupkgParts } | Sort-Object
        }
        finally {
            $zip.Dispose()
        }

        $packed | Should -BeExactly (Get-RelativeFileList $built)
        $packed | Where-Object { $_ -match '\.pdb$|\.deps\.json$' } | Should -BeNullOrEmpty -Because 'debug symbols and build metadata do not ship'
    }
}
