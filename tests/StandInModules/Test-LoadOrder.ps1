<#
.SYNOPSIS
    Imports two modules in the order given, using each after its import, and reports in JSON what every step did and
    which copies of Microsoft.Extensions.* each module got.
.DESCRIPTION
    Meant for a fresh process (pwsh -File, or tests/Agilant.PwshHost): what loads into the default context stays there.
    Steps: import the first module and use it, import the second and use it, use the first again. Agilant is used
    through Connect-Agilant (keys and base URI from AGILANT_PUBLIC_KEY, AGILANT_SECRET_KEY, AGILANT_BASE_URI),
    New-AgilantTicket and Get-AgilantTicket; a stand-in module through its Invoke-<Name>Request against the same base URI.
.EXAMPLE
    ./Test-LoadOrder.ps1 ./StandIn6/bin/Debug/netstandard2.0/StandIn6.dll ../../out/Debug/Agilant/0.1.0/Agilant.psd1
#>
param(
    [Parameter(Mandatory, Position = 0)] [string] $First,
    [Parameter(Mandatory, Position = 1)] [string] $Second
)

$ErrorActionPreference = 'Stop'

function Invoke-Step([string] $Action, [string] $Path, [scriptblock] $Body) {
    $step = [ordered]@{ Action = $Action; Module = [System.IO.Path]::GetFileNameWithoutExtension($Path); Succeeded = $false; Result = $null; Error = $null }
    try {
        $step.Result = & $Body
        $step.Succeeded = $true
    }
    catch {
        $step.Error = "$_"
    }
    [pscustomobject]$step
}

function Use-Module([string] $Path) {
    $name = [System.IO.Path]::GetFileNameWithoutExtension($Path)
    if ($name -eq 'Agilant') {
        Connect-Agilant -RetryIntervalSec 0 -InformationAction Ignore
        $created = New-AgilantTicket -Subject 'Load order' -Message 'Used after both imports' -EmailAddress 'ann@testco.com'
        $ticket = Get-AgilantTicket $created.TicketNumber
        [pscustomobject]@{ TicketNumber = $ticket.TicketNumber; Subject = $ticket.Subject }
    }
    else {
        & "Invoke-$($name)Request" -Uri ([uri]::new([uri]$env:AGILANT_BASE_URI, 'ticket/1'))
    }
}

$steps = @(
    Invoke-Step 'Import' $First { Import-Module $First; $null }
    Invoke-Step 'Use' $First { Use-Module $First }
    Invoke-Step 'Import' $Second { Import-Module $Second; $null }
    Invoke-Step 'Use' $Second { Use-Module $Second }
    Invoke-Step 'Use again' $First { Use-Module $First }
)

$extensions = [System.AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -like 'Microsoft.Extensions.*' } |
    ForEach-Object {
        [pscustomobject]@{
            Name     = $_.GetName().Name
            Version  = $_.GetName().Version.ToString()
            Context  = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name
            Location = $_.Location
        }
    }

[pscustomobject]@{ Steps = $steps; Extensions = @($extensions) } | ConvertTo-Json -Depth 5 -Compress
