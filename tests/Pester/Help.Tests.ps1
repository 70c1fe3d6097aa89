param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $EmulatorCommand,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeDiscovery {
    Import-Module $ModuleManifest -Force
    $cmdlets = (Get-Module Agilant).ExportedCmdlets.Keys | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    Import-Module $ModuleManifest -Force
}

Describe 'Help for <Name>' -ForEach $cmdlets {
    It 'has a synopsis, a description and two or more examples' {
        $help = Get-Help $Name -Full

        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match '\{\{'
        ($help.Description | Out-String) | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }

    It 'describes every parameter' {
        $help = Get-Help $Name -Full
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $parameters = (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $common }

        foreach ($parameter in $parameters) {
            $described = $help.Parameters.Parameter | Where-Object Name -EQ $parameter
            ($described.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }
}

Describe 'Generated help' {
    It 'matches what platyPS makes of docs/en-US today' {
        Import-Module platyPS -RequiredVersion 0.14.2
        $fresh = Join-Path $TestDrive 'en-US'
        $null = New-ExternalHelp -Path (Join-Path $RepoRoot 'docs/en-US') -OutputPath $fresh -Force

        foreach ($file in Get-ChildItem $fresh) {
            $committed = Join-Path $RepoRoot "en-US/$($file.Name)"
            $committed | Should -Exist
            (Get-Content -Raw $committed) | Should -BeExactly (Get-Content -Raw $file.FullName) -Because "en-US/$($file.Name) must be regenerated (./build.ps1)"
        }
    }

    It 'about_Agilant is reachable with Get-Help' {
        (Get-Help about_Agilant | Out-String) | Should -Match 'Connect-Agilant'
    }
}

# Comment-based help is found only where PowerShell looks for it (a #Requires line right above it hides it, for one).
Describe 'Help of <Script>' -ForEach @(
    @{ Script = 'build.ps1' }
    @{ Script = 'tools/New-ModulePackage.ps1' }
) {
    It 'shows a description, examples and every parameter with Get-Help' {
        $path = Join-Path $RepoRoot $Script
        $help = Get-Help $path -Full
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because 'Get-Help must find the comment-based help'
        $help.Examples.Example | Should -Not -BeNullOrEmpty
        foreach ($parameter in (Get-Command $path).Parameters.Keys | Where-Object { $_ -notin $common }) {
            $described = $help.Parameters.Parameter | Where-Object Name -EQ $parameter
            ($described.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }
}
