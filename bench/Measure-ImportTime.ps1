<#
.SYNOPSIS
    Import time of the module above bare pwsh: medians of interleaved rounds, each a fresh process.
.DESCRIPTION
    Each round starts `pwsh -NoProfile -NonInteractive -Command 1` and then the same pwsh importing the module (and,
    with -Manifest given twice or more, each of those), so that the machine's noise falls on every variant alike.
    Prints one line per variant with its median and its difference from bare pwsh.
.EXAMPLE
    ./bench/Measure-ImportTime.ps1 -Manifest ./out/Release/Agilant/0.1.0/Agilant.psd1 -Rounds 21
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]] $Manifest,

    [ValidateRange(3, 1000)]
    [int] $Rounds = 15,

    # The pwsh to start; by default the one running this script.
    [string] $Pwsh = (Get-Process -Id $PID).Path
)

$ErrorActionPreference = 'Stop'

function Measure-Start([string] $Command) {
    $start = [System.Diagnostics.ProcessStartInfo]::new($Pwsh)
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Command) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($start)
    $errors = $process.StandardError.ReadToEndAsync()
    $null = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    $clock.Stop()
    if ($process.ExitCode -ne 0) { throw "pwsh -Command '$Command' failed: $($errors.Result)" }
    $clock.Elapsed.TotalMilliseconds
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

$variants = [ordered]@{ 'bare pwsh' = '1' }
foreach ($path in $Manifest) {
    $variants[(Resolve-Path $path).Path] = "Import-Module '$((Resolve-Path $path).Path)' -ErrorAction Stop"
}
$times = @{}
foreach ($name in $variants.Keys) { $times[$name] = [System.Collections.Generic.List[double]]::new() }

$null = Measure-Start '1'
for ($round = 1; $round -le $Rounds; $round++) {
    foreach ($name in $variants.Keys) { $times[$name].Add((Measure-Start $variants[$name])) }
}

$bare = Get-Median $times['bare pwsh']
foreach ($name in $variants.Keys) {
    $median = Get-Median $times[$name]
    '{0,8:N0} ms  {1,6:+0;-0;0} ms above bare  {2}' -f $median, ($median - $bare), $name
}
