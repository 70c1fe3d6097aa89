param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

# The package build.ps1 -Package makes, packed the same way here, and the way a user gets the module from it, offline.
BeforeAll {
    Import-Module (Join-Path $RepoRoot 'tools/IsolatedPwsh.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force

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

Describe 'The package' {
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

# Published to a folder repository, installed and saved with PSResourceGet, then used in fresh pwsh processes. Every
# pwsh that runs PSResourceGet or looks for installed modules has a throwaway home, so the real user's settings and
# modules are neither read nor changed; Windows does not take those folders from HOME, so there this does not run.
Describe 'Installing the package with PSResourceGet' -Skip:$IsWindows {
    BeforeAll {
        $script:userHome = Join-Path $TestDrive 'home'
        $script:installed = Join-Path $userHome ".local/share/powershell/Modules/Agilant/$version"
        $script:saved = Join-Path $TestDrive 'saved'
        $repository = Join-Path $TestDrive 'repository'
        $null = New-Item -ItemType Directory -Path $repository, $saved
        $install = Start-IsolatedPwsh -HomePath $userHome -Variables @{
            Repository = $repository
            Package    = $package.FullName
            Saved      = $saved
        } -Command '
            Register-PSResourceRepository -Name local -Uri $Repository -Trusted
            Publish-PSResource -NupkgPath $Package -Repository local
            Install-PSResource Agilant -Repository local
            Save-PSResource Agilant -Repository local -Path $Saved
        '
        $script:emulator = Start-AgilantEmulator -Command $EmulatorCommand -Seed
        $null = $install | Wait-IsolatedPwsh

        # Two fresh sessions of the same user, side by side; each test below waits for its own.
        $script:autoloading = Start-IsolatedPwsh -HomePath $userHome -Variables @{
            BaseUri    = $emulator.BaseUri
            PublicKey  = $emulator.PublicKey
            SecretText = $emulator.SecretText
        } -Command '
            $loadedBefore = [bool](Get-Module Agilant)
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey (ConvertTo-SecureString $SecretText -AsPlainText -Force) -InformationAction Ignore
            $ticket = Get-AgilantTicket 10000001
            [pscustomobject]@{ LoadedBefore = $loadedBefore; TicketNumber = $ticket.TicketNumber; Path = (Get-Module Agilant).Path } |
                ConvertTo-Json -Compress
        '
        $script:importingByName = Start-IsolatedPwsh -HomePath $userHome -Command '
            $module = Import-Module Agilant -PassThru
            [pscustomobject]@{ Path = $module.Path; Version = "$($module.Version)" } | ConvertTo-Json -Compress
        '
    }

    AfterAll {
        Stop-AgilantEmulator $emulator
    }

    It 'installs into the user''s module folder with the same files as the built folder' {
        # PSGetModuleInfo.xml is PSResourceGet's record of the install.
        $files = Get-RelativeFileList $installed | Where-Object { $_ -ne 'PSGetModuleInfo.xml' }

        $files | Should -BeExactly (Get-RelativeFileList $built)
    }

    It 'saves a copy with the manifest and Agilant.dll' {
        Join-Path $saved "Agilant/$version/Agilant.psd1" | Should -Exist
        Join-Path $saved "Agilant/$version/Agilant.dll" | Should -Exist
    }

    It 'loads by itself in a fresh pwsh when a cmdlet is first used, with no Import-Module' {
        $answer = $autoloading | Wait-IsolatedPwsh | ConvertFrom-Json

        $answer.LoadedBefore | Should -BeFalse
        $answer.TicketNumber | Should -Be 10000001
        $answer.Path | Should -Be (Join-Path $installed 'Agilant.dll')
    }

    It 'imports by name in a fresh pwsh, from the installed folder, at the manifest''s version' {
        $answer = $importingByName | Wait-IsolatedPwsh | ConvertFrom-Json

        $answer.Path | Should -Be (Join-Path $installed 'Agilant.dll')
        $answer.Version | Should -Be $version
    }
}
