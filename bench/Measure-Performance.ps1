#Requires -Version 7.2
<#
.SYNOPSIS
    The performance table of issue 11: the module beside a raw signed HttpClient in this one pwsh process, as medians
    of interleaved rounds, with the ratio and the goal of each row.
.DESCRIPTION
    Builds nothing: run `dotnet build -c Release` first (the module into out/Release/Agilant/<version>/, the emulator,
    bench/Agilant.Bench.Raw and bench/Agilant.Bench.Answerer).

    Starts three servers, each its own process on a free loopback port: the emulator (--seed), the emulator with
    --latency (a distant server), and the instant answerer (bench/Agilant.Bench.Answerer: every request answered at
    once with the emulator's own ticket JSON). Imports the Release module and loads the raw baseline
    (bench/Agilant.Bench.Raw: one HttpClient, each request signed, the answer read once), then measures each row in
    rounds that take turns (module, raw, module, raw ..., the order rotating every round) after one small warm-up,
    so that the machine's noise falls on both alike; the per-call rows take turns every tenth of their calls. It
    prints a markdown table on the output: each figure the median of its rounds, each ratio the median of the rounds'
    own ratios. Progress goes to stderr. Import time and peak memory are measured in fresh pwsh processes.

    The emulator keeps the accounts it creates: every round sends fresh ids. Progress bars are off
    ($ProgressPreference) so that what is timed is the module, not the terminal.
.EXAMPLE
    ./bench/Measure-Performance.ps1 -Quick
    A smoke run: one round of small counts, in about a minute.
.EXAMPLE
    ./bench/Measure-Performance.ps1 -JsonPath perf.json > perf.md
    The full table (several minutes), and every sample as JSON.
.EXAMPLE
    ./bench/Measure-Performance.ps1 -Only Calls, Bulk -Rounds 9
    Some rows only, with more rounds.
#>
[CmdletBinding()]
param(
    # Timed rounds per row (after one untimed warm-up); the table shows their medians.
    [ValidateRange(1, 100)]
    [int] $Rounds = 5,

    # Small counts and one round: a smoke run of every row. Counts given explicitly still apply.
    [switch] $Quick,

    # The rows to measure; all by default.
    [ValidateSet('Calls', 'Bulk', 'BatchSize', 'Throttle', 'Parallel', 'Import', 'Memory')]
    [string[]] $Only = @('Calls', 'Bulk', 'BatchSize', 'Throttle', 'Parallel', 'Import', 'Memory'),

    # Get-AgilantTicket calls per round (the issue's 2,000).
    [ValidateRange(10, 1000000)]
    [int] $Calls = 2000,

    # Account rows per round of the bulk and throttled rows (the issue's 10,000).
    [ValidateRange(100, 1000000)]
    [int] $Rows = 10000,

    # Rows of the -BatchSize 1 row: one POST each, so fewer than -Rows.
    [ValidateRange(10, 1000000)]
    [int] $BatchSizeOneRows = 1000,

    # The distant server's latency, for the -BatchSize and -ThrottleLimit rows.
    [ValidateRange(1, 10000)]
    [int] $LatencyMs = 5,

    # The -ThrottleLimit of the throttled and ForEach-Object -Parallel rows.
    [ValidateRange(2, 1000)]
    [int] $ThrottleLimit = 16,

    # Rows streamed from Import-Csv in the peak working set row (also measured at a tenth, to show it is flat).
    [ValidateRange(1000, 10000000)]
    [int] $MemoryRows = 100000,

    # Fresh-process rounds of the import time row (bench/Measure-ImportTime.ps1).
    [ValidateRange(3, 1000)]
    [int] $ImportRounds = 15,

    # The Release module's manifest; by default out/Release/Agilant/<ModuleVersion>/Agilant.psd1.
    [string] $Manifest,

    # The emulator's Release assembly; by default src/Agilant.Emulator's, else tests/Agilant.Emulator's.
    [string] $Emulator,

    # The instant answerer's Release assembly.
    [string] $Answerer,

    # The raw baseline's Release assembly.
    [string] $RawAssembly,

    # The pwsh that the import and memory rows start; by default the one running this script.
    [string] $Pwsh = (Get-Process -Id $PID).Path,

    # Where to write every sample and the table as JSON as well.
    [string] $JsonPath
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$repo = Split-Path -Parent $PSScriptRoot
if ($Quick) {
    if (-not $PSBoundParameters.ContainsKey('Rounds')) { $Rounds = 1 }
    if (-not $PSBoundParameters.ContainsKey('Calls')) { $Calls = 200 }
    if (-not $PSBoundParameters.ContainsKey('Rows')) { $Rows = 1000 }
    if (-not $PSBoundParameters.ContainsKey('BatchSizeOneRows')) { $BatchSizeOneRows = 100 }
    if (-not $PSBoundParameters.ContainsKey('MemoryRows')) { $MemoryRows = 10000 }
    if (-not $PSBoundParameters.ContainsKey('ImportRounds')) { $ImportRounds = 3 }
}

function Resolve-Built([string] $Given, [string[]] $Candidates, [string] $What) {
    $paths = if ($Given) { @($Given) } else { $Candidates }
    foreach ($path in $paths) {
        if (Test-Path -LiteralPath $path -PathType Leaf) { return (Resolve-Path -LiteralPath $path).Path }
    }
    throw "$What was not found at $($paths -join ' or '). Run 'dotnet build -c Release' in $repo first, or give its path."
}

$version = (Import-PowerShellDataFile -Path (Join-Path $repo 'Agilant.psd1')).ModuleVersion
$Manifest = Resolve-Built $Manifest @("$repo/out/Release/Agilant/$version/Agilant.psd1") 'The Release module'
$Emulator = Resolve-Built $Emulator @(
    "$repo/src/Agilant.Emulator/bin/Release/net10.0/Agilant.Emulator.dll",
    "$repo/tests/Agilant.Emulator/bin/Release/net10.0/Agilant.Emulator.dll") 'The emulator (-Emulator)'
$Answerer = Resolve-Built $Answerer @("$repo/bench/Agilant.Bench.Answerer/bin/Release/net10.0/Agilant.Bench.Answerer.dll") 'The instant answerer (-Answerer)'
$RawAssembly = Resolve-Built $RawAssembly @("$repo/bench/Agilant.Bench.Raw/bin/Release/net8.0/Agilant.Bench.Raw.dll") 'The raw baseline (-RawAssembly)'

function Write-Status([string] $Text) {
    [Console]::Error.WriteLine(('[{0:HH:mm:ss}] {1}' -f (Get-Date), $Text))
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Get-LoadAverage {
    if (Test-Path /proc/loadavg) { ((Get-Content /proc/loadavg) -split ' ')[0..2] -join ' ' } else { 'n/a' }
}

# Starts `dotnet <assembly> <arguments>` and reads its stdout up to the line that says it is ready.
function Start-Server([string] $Assembly, [string[]] $Arguments, [string] $ReadyLine) {
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $start.ArgumentList.Add($Assembly)
    foreach ($argument in $Arguments) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $script:servers.Add($process)
    $server = [ordered]@{ Process = $process; BaseUri = $null; PublicKey = $null; SecretText = $null }
    $lines = [System.Collections.Generic.List[string]]::new()
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        $lines.Add($line)
        if ($line -match 'listening on (\S+)') { $server.BaseUri = $Matches[1] }
        if ($line -match '^Public key: (\S+)') { $server.PublicKey = $Matches[1] }
        if ($line -match '^Secret key: (\S+)') { $server.SecretText = $Matches[1] }
        if ($line -match $ReadyLine) { break }
    }
    if (-not $server.BaseUri) { throw "$Assembly did not start: $($lines -join "`n")" }
    [pscustomobject]$server
}

function Start-Emulator([int] $Latency) {
    $arguments = @('--urls', 'http://127.0.0.1:0', '--seed')
    if ($Latency -gt 0) { $arguments += '--latency', "$Latency" }
    $server = Start-Server $Emulator $arguments '^Connect-Agilant '
    $server | Add-Member -NotePropertyName Raw -NotePropertyValue ([Agilant.Bench.Raw.RawAgilantClient]::new($server.BaseUri, $server.PublicKey, $server.SecretText))
    $server
}

function Start-Answerer {
    # It checks no signature: the documents' sample keys sign for it.
    $server = Start-Server $Answerer @('--urls', 'http://127.0.0.1:0') 'listening on'
    $server.PublicKey = '1111AAAA-22BB-33CC-44DD-555555EEEEEE'
    $server.SecretText = 'EEEE5555-DD44-CC33-BB22-AAAAAA111111'
    $server | Add-Member -NotePropertyName Raw -NotePropertyValue ([Agilant.Bench.Raw.RawAgilantClient]::new($server.BaseUri, $server.PublicKey, $server.SecretText))
    $server
}

# Makes $Server the module's default session and the raw baseline's target; returns the session.
function Use-Server($Server) {
    $secret = ConvertTo-SecureString $Server.SecretText -AsPlainText -Force
    $session = Connect-Agilant -BaseUri $Server.BaseUri -PublicKey $Server.PublicKey -SecretKey $secret -InformationAction Ignore -PassThru
    $script:raw = $Server.Raw
    $session
}

# The module's default session over an in-process answer (bench/Agilant.Bench.Raw's CannedHandler: the ticket, at
# once, no socket) instead of the network, beside the raw client over the same handler: what the module costs a call
# on this machine free of the network's and the servers' noise. It reaches into the module's internals as the client
# benchmarks do (ClientPlumbing.PrimaryHandler, AgilantSession's constructor, DefaultSessions.Connect).
function Use-InProcessAnswer {
    $handler = [Agilant.Bench.Raw.CannedHandler]::new([System.Net.HttpStatusCode]::OK, [Agilant.Bench.Raw.CannedTicket]::Json)
    $internal = [System.Reflection.BindingFlags]'NonPublic, Instance'
    $clientAssembly = [Agilant.Client.AgilantClient].Assembly
    $plumbing = [Activator]::CreateInstance($clientAssembly.GetType('Agilant.Client.ClientPlumbing', $true), $true)
    $plumbing.GetType().GetProperty('PrimaryHandler').SetValue($plumbing, [Func[System.Net.Http.HttpMessageHandler]] { $handler }.GetNewClosure())
    $publicKey = '1111AAAA-22BB-33CC-44DD-555555EEEEEE'
    $secretText = 'EEEE5555-DD44-CC33-BB22-AAAAAA111111'
    $options = [Agilant.Client.AgilantClientOptions]::new($publicKey, (ConvertTo-SecureString $secretText -AsPlainText -Force), [uri]'http://127.0.0.1:9/')
    $client = ([Agilant.Client.AgilantClient].GetConstructors($internal) | Where-Object { $_.GetParameters().Count -eq 2 }).Invoke(@($options, $plumbing))
    $session = [Agilant.AgilantSession].GetConstructors($internal)[0].Invoke(@($client, $null, 'bench', [Agilant.AgilantSessionScope]::Process))
    $moduleAssembly = (Get-Command Get-AgilantTicket).ImplementingType.Assembly
    $null = $moduleAssembly.GetType('Agilant.PowerShell.Session.DefaultSessions', $true).GetMethod('Connect').Invoke($null, @($session))
    $script:raw = [Agilant.Bench.Raw.RawAgilantClient]::new('http://127.0.0.1:9', $publicKey, $secretText, $handler)
}

function New-Variant([string] $Name, [scriptblock] $Run, [scriptblock] $Done = { param($output) @($output).Count }) {
    [pscustomobject]@{ Name = $Name; Run = $Run; Done = $Done }
}

# Runs one untimed warm-up round, then -Rounds timed rounds of every variant, the order rotating each round.
# -Prepare runs before each round's variants, untimed (fresh rows and ids). With -Chunks, each round goes through the
# chunks one by one, every variant running each chunk (as $chunk) in turn, and a variant's round is the sum of its
# chunks: the machine's bursts of noise then fall on every variant alike. Every variant must report -Expected
# records done in a round, or the bench stops: a figure of failed calls is no figure. Returns each variant's round
# times in ms (Samples) and their medians (Medians).
function Invoke-Rounds([string] $Row, [object[]] $Variants, [int] $Expected, [scriptblock] $Prepare = {}, [scriptblock] $WarmUp = {}, [object[]] $Chunks = @($null)) {
    Write-Status "$Row (warm-up)"
    $null = & $WarmUp
    $samples = [ordered]@{}
    foreach ($variant in $Variants) { $samples[$variant.Name] = [System.Collections.Generic.List[double]]::new() }
    for ($round = 0; $round -lt $Rounds; $round++) {
        Write-Status "$Row (round $($round + 1) of $Rounds)"
        $null = & $Prepare
        $elapsed = @{}
        $done = @{}
        foreach ($variant in $Variants) { $elapsed[$variant.Name] = 0.0; $done[$variant.Name] = 0 }
        for ($part = 0; $part -lt $Chunks.Count; $part++) {
            $script:chunk = $Chunks[$part]
            for ($turn = 0; $turn -lt $Variants.Count; $turn++) {
                $variant = $Variants[($round + $part + $turn) % $Variants.Count]
                [GC]::Collect()
                [GC]::WaitForPendingFinalizers()
                $clock = [System.Diagnostics.Stopwatch]::StartNew()
                $output = & $variant.Run
                $clock.Stop()
                $elapsed[$variant.Name] += $clock.Elapsed.TotalMilliseconds
                $done[$variant.Name] += & $variant.Done $output
            }
        }
        foreach ($variant in $Variants) {
            if ($done[$variant.Name] -ne $Expected) { throw "$Row, $($variant.Name): $($done[$variant.Name]) of $Expected records were done." }
            $samples[$variant.Name].Add($elapsed[$variant.Name])
        }
    }
    $script:allSamples[$Row] = $samples
    $medians = @{}
    foreach ($name in $samples.Keys) { $medians[$name] = Get-Median $samples[$name] }
    [pscustomobject]@{ Samples = $samples; Medians = $medians }
}

# The median of the rounds' own ratios of two variants: steadier than a ratio of medians on a noisy machine.
function Get-Ratio($Result, [string] $Numerator, [string] $Denominator) {
    $a = $Result.Samples[$Numerator]
    $b = $Result.Samples[$Denominator]
    Get-Median @(for ($i = 0; $i -lt $a.Count; $i++) { $a[$i] / $b[$i] })
}

# A round's calls in ten chunks, for Invoke-Rounds -Chunks.
function Split-Chunks([int[]] $Numbers) {
    $size = [math]::Ceiling($Numbers.Count / 10)
    $chunks = [System.Collections.Generic.List[object]]::new()
    for ($i = 0; $i -lt $Numbers.Count; $i += $size) { $chunks.Add([int[]]$Numbers[$i..([math]::Min($i + $size, $Numbers.Count) - 1)]) }
    , $chunks.ToArray()
}

# How many rows each chunk of -Total rows holds: ten chunks, but none smaller than a default batch (100 rows), so that
# every command still sends whole batches (the last chunk may hold fewer).
function Get-ChunkSizes([int] $Total) {
    $count = [math]::Max(1, [math]::Min(10, [math]::Floor($Total / 100)))
    $size = [int][math]::Ceiling($Total / $count)
    , [int[]]@(for ($i = 0; $i -lt $Total; $i += $size) { [math]::Min($size, $Total - $i) })
}

function Add-Row([string] $Figure, [string] $Module, [string] $Raw, [string] $Ratio, [string] $Goal, $Met) {
    $script:table.Add([pscustomobject][ordered]@{
        Figure = $Figure; Module = $Module; Raw = $Raw; Ratio = $Ratio; Goal = $Goal
        Met = if ($null -eq $Met) { '—' } elseif ($Met) { 'yes' } else { 'no' }
    })
}

# Account rows with fresh ids, as PSCustomObjects with text values, as Import-Csv makes them.
function New-Rows([int] $Count) {
    $script:idSerial++
    [Agilant.Bench.Raw.AccountRow]::Make("b$($script:idSerial)-", $Count) |
        Select-Object Id, FirstName, LastName, Email, Phone, SkuNumber, PurchaseDate
}

function New-RawRows([int] $Count) {
    $script:idSerial++
    Write-Output -NoEnumerate ([Agilant.Bench.Raw.AccountRow]::Make("b$($script:idSerial)-", $Count))
}

function New-CsvFile([int] $Count) {
    $path = Join-Path $work "rows-$($script:idSerial + 1).csv"
    New-Rows $Count | Export-Csv -LiteralPath $path -NoTypeInformation
    $path
}

$n0 = { param([double] $Value) $Value.ToString('N0', [cultureinfo]::InvariantCulture) }
$n2 = { param([double] $Value) $Value.ToString('N2', [cultureinfo]::InvariantCulture) }
$n1 = { param([double] $Value) $Value.ToString('N1', [cultureinfo]::InvariantCulture) }

$script:servers = [System.Collections.Generic.List[System.Diagnostics.Process]]::new()
$script:table = [System.Collections.Generic.List[object]]::new()
$script:allSamples = [ordered]@{}
$script:idSerial = 0
$work = Join-Path ([System.IO.Path]::GetTempPath()) "agilant-bench-$PID"
$null = New-Item -ItemType Directory -Path $work -Force
$loadBefore = Get-LoadAverage
$started = Get-Date
# What is measured is what was checked out when the run began.
$commit = try { (git -C $repo rev-parse --short HEAD 2>$null) + $(if (git -C $repo status --porcelain --untracked-files=no 2>$null) { ' (with uncommitted changes)' }) } catch { 'unknown' }

try {
    Add-Type -LiteralPath $RawAssembly
    # Its one cmdlet, Send-RawAccountRow: the plain way to stream Import-Csv's rows into a cmdlet, for comparison.
    Import-Module $RawAssembly
    # Runspaces of ForEach-Object -Parallel load the module by name: from the same folder as this one.
    $env:PSModulePath = (Split-Path (Split-Path (Split-Path $Manifest))) + [System.IO.Path]::PathSeparator + $env:PSModulePath
    Import-Module $Manifest -Force
    $supportsThrottle = @{
        Get = (Get-Command Get-AgilantTicket).Parameters.ContainsKey('ThrottleLimit')
        New = (Get-Command New-AgilantAccount).Parameters.ContainsKey('ThrottleLimit')
    }
    $noThrottle = 'n/a (no -ThrottleLimit)'

    Write-Status 'Starting the emulator, the emulator with latency and the instant answerer'
    $emulatorServer = Start-Emulator 0
    $distantServer = Start-Emulator $LatencyMs
    $instantServer = Start-Answerer

    $numbers = [int[]]@(for ($i = 0; $i -lt $Calls; $i++) { 10000001 + $i % 2 })
    $warmNumbers = [int[]]@($numbers | Select-Object -First 100)
    $callsText = & $n0 $Calls
    $rowsText = & $n0 $Rows

    if ('Calls' -in $Only) {
        # A call's cost, not concurrency's gain: the piped numbers go one at a time, as the raw loop's do (the
        # -ThrottleLimit rows measure what several in flight bring).
        $oneAtATime = if ($supportsThrottle.Get) { @{ ThrottleLimit = 1 } } else { @{} }
        $pipedText = if ($supportsThrottle.Get) { ' -ThrottleLimit 1' } else { '' }
        $chunks = Split-Chunks $numbers
        $forms = @(
            @{ Name = 'module loop'; Text = '{0} × `Get-AgilantTicket` in a loop' -f $callsText }
            @{ Name = 'module pipe'; Text = '{0} numbers piped into `Get-AgilantTicket{1}`' -f $callsText, $pipedText }
        )
        # Each form of call beside the raw loop, against whatever answers now; returns the rounds and the raw call in µs.
        function Invoke-CallRounds([string] $Target) {
            $result = Invoke-Rounds "Calls, $Target" -Expected $Calls -Chunks $chunks -Variants @(
                New-Variant 'module loop' { foreach ($n in $chunk) { Get-AgilantTicket $n } }
                New-Variant 'raw loop' { foreach ($n in $chunk) { $raw.GetTicket($n) } }
                New-Variant 'module pipe' { $chunk | Get-AgilantTicket @oneAtATime }
                New-Variant 'raw loop + cmdlet' { foreach ($n in $chunk) { Get-AgilantSession; $raw.GetTicket($n) } } { param($output) @($output).Count / 2 }
            ) -WarmUp {
                foreach ($n in $warmNumbers) { Get-AgilantTicket $n; $raw.GetTicket($n) }
                $warmNumbers | Get-AgilantTicket
            }
            $result | Add-Member -NotePropertyName RawCall -NotePropertyValue ($result.Medians['raw loop'] * 1000 / $Calls) -PassThru
        }

        foreach ($target in @(@{ Name = 'emulator'; Server = $emulatorServer }, @{ Name = 'instant answerer'; Server = $instantServer })) {
            $null = Use-Server $target.Server
            $result = Invoke-CallRounds $target.Name
            foreach ($form in $forms) {
                $moduleCall = $result.Medians[$form.Name] * 1000 / $Calls
                $ratio = Get-Ratio $result $form.Name 'raw loop'
                Add-Row "$($form.Text), $($target.Name)" "$(& $n0 $moduleCall) µs/call" "$(& $n0 $result.RawCall) µs/call" "$(& $n2 $ratio)x" '≤ 1.10x' ($ratio -le 1.10)
            }
            # Not a row of the issue: the loop form's floor. Each raw call with a cmdlet call beside it that sends nothing
            # (Get-AgilantSession): what any cmdlet in this loop costs above the raw method call, before it does anything.
            $floorCall = $result.Medians['raw loop + cmdlet'] * 1000 / $Calls
            Add-Row "the same loop's floor: each raw call beside a cmdlet call that sends nothing (``Get-AgilantSession``), $($target.Name)" "$(& $n0 $floorCall) µs/call" "$(& $n0 $result.RawCall) µs/call" "$(& $n2 (Get-Ratio $result 'raw loop + cmdlet' 'raw loop'))x" '—' $null
        }

        # Not a row of the issue: the same calls answered in-process, so that what remains is what the module costs.
        Use-InProcessAnswer
        $result = Invoke-CallRounds 'in-process answer'
        foreach ($form in $forms) {
            $moduleCall = $result.Medians[$form.Name] * 1000 / $Calls
            Add-Row "$($form.Text), answered in-process (no network)" "$(& $n1 $moduleCall) µs/call (+$(& $n1 ($moduleCall - $result.RawCall)) µs)" "$(& $n1 $result.RawCall) µs/call" "$(& $n2 (Get-Ratio $result $form.Name 'raw loop'))x" '—' $null
        }
        $floorCall = $result.Medians['raw loop + cmdlet'] * 1000 / $Calls
        Add-Row "the same loop's floor, answered in-process (no network)" "$(& $n1 $floorCall) µs/call (+$(& $n1 ($floorCall - $result.RawCall)) µs)" "$(& $n1 $result.RawCall) µs/call" "$(& $n2 (Get-Ratio $result 'raw loop + cmdlet' 'raw loop'))x" '—' $null

        # Not a row of the issue: the part of a call that is PowerShell's, for reading the rows above. Get-AgilantSession
        # is a cmdlet of the module that sends nothing; the empty loop is the loop alone.
        $result = Invoke-Rounds 'Calls, no request' -Expected $Calls -Chunks $chunks -Variants @(
            New-Variant 'cmdlet' { foreach ($n in $chunk) { Get-AgilantSession } }
            New-Variant 'empty' { foreach ($n in $chunk) { $n } }
        )
        Add-Row ('{0} × `Get-AgilantSession` in the same loop (no request: a cmdlet call alone)' -f $callsText) `
            "$(& $n0 ($result.Medians['cmdlet'] * 1000 / $Calls)) µs/call" "$(& $n1 ($result.Medians['empty'] * 1000 / $Calls)) µs (the empty loop)" '—' '—' $null
    }

    if ('Bulk' -in $Only) {
        $null = Use-Server $emulatorServer
        # Ten commands of a tenth of the rows each, taking turns: a command's own start and end cost under a millisecond.
        $sizes = Get-ChunkSizes $Rows
        $result = Invoke-Rounds 'Bulk, emulator' -Expected $Rows -Chunks (0..($sizes.Count - 1)) -Variants @(
            New-Variant 'module rows' { $moduleRows[$chunk] | New-AgilantAccount }
            New-Variant 'module csv' { Import-Csv -LiteralPath $csvPaths[$chunk] | New-AgilantAccount }
            New-Variant 'raw batches' { $raw.PostAccounts($rawRows[$chunk], 100) } { param($output) $output }
            New-Variant 'csv alone' { Import-Csv -LiteralPath $csvPaths[$chunk] }
            New-Variant 'csv floor' { Import-Csv -LiteralPath $floorPaths[$chunk] | Send-RawAccountRow -Client $raw }
        ) -Prepare {
            $script:moduleRows = @(foreach ($size in $sizes) { , @(New-Rows $size) })
            $script:csvPaths = @(foreach ($size in $sizes) { New-CsvFile $size })
            $script:floorPaths = @(foreach ($size in $sizes) { New-CsvFile $size })
            $script:rawRows = @(foreach ($size in $sizes) { , (New-RawRows $size) })
        } -WarmUp {
            New-Rows 200 | New-AgilantAccount
            $raw.PostAccounts((New-RawRows 200), 100)
        }
        $rawMs = $result.Medians['raw batches']
        foreach ($form in @(@{ Name = 'module rows'; Text = '{0} rows `$rows \| New-AgilantAccount` (default batches of 100)' -f $rowsText }, @{ Name = 'module csv'; Text = 'same through `Import-Csv` of a file' })) {
            $ratio = Get-Ratio $result $form.Name 'raw batches'
            Add-Row $form.Text "$(& $n0 $result.Medians[$form.Name]) ms" "$(& $n0 $rawMs) ms (same batch bodies POSTed raw)" "$(& $n2 $ratio)x" '≤ 1.5x' ($ratio -le 1.5)
        }
        # Not a row of the issue: what Import-Csv alone costs of the row above, which the raw baseline does not pay.
        # Not a row of the issue: the plain way through Import-Csv, for comparison (Send-RawAccountRow takes each row
        # from the pipeline, reads its columns by name, POSTs the raw batches while it reads on, writes each row back).
        Add-Row 'for comparison: Import-Csv into a bare cmdlet that reads each row''s columns by name and POSTs the raw batches (`Send-RawAccountRow`)' "$(& $n0 $result.Medians['csv floor']) ms" "$(& $n0 $rawMs) ms (same batch bodies POSTed raw)" "$(& $n2 (Get-Ratio $result 'csv floor' 'raw batches'))x" '—' $null
        Add-Row 'Import-Csv alone of the same files (no request)' "$(& $n0 $result.Medians['csv alone']) ms" "$(& $n0 $rawMs) ms (same batch bodies POSTed raw)" "$(& $n2 (Get-Ratio $result 'csv alone' 'raw batches'))x" '—' $null
    }

    $effectiveLatency = $null
    if ('BatchSize' -in $Only -or 'Throttle' -in $Only) {
        # What --latency costs a call here, as the raw client sees it: a busy machine wakes the emulator's timer late.
        $probe = [int[]]@($numbers | Select-Object -First 200)
        $result = Invoke-Rounds 'Effective latency (raw client)' -Expected $probe.Count -Chunks (Split-Chunks $probe) -Variants @(
            New-Variant 'distant' { foreach ($n in $chunk) { $distantServer.Raw.GetTicket($n) } }
            New-Variant 'near' { foreach ($n in $chunk) { $emulatorServer.Raw.GetTicket($n) } }
        ) -WarmUp { foreach ($n in $warmNumbers) { $distantServer.Raw.GetTicket($n); $emulatorServer.Raw.GetTicket($n) } }
        $effectiveLatency = ($result.Medians['distant'] - $result.Medians['near']) / $probe.Count
    }

    if ('BatchSize' -in $Only) {
        # Batching's own gain: one request in flight for both, as before -ThrottleLimit existed (at the default limit
        # both would have several in flight, and the figure would mix the two gains).
        $oneRequest = if ($supportsThrottle.New) { @{ ThrottleLimit = 1 } } else { @{} }
        $oneRequestText = if ($supportsThrottle.New) { ', one request at a time (`-ThrottleLimit 1`)' } else { '' }
        foreach ($target in @(@{ Name = 'no latency'; Server = $emulatorServer; Goal = '— (goal at latency)'; Minimum = $null }, @{ Name = "$LatencyMs ms latency"; Server = $distantServer; Goal = '≥ 30x'; Minimum = 30 })) {
            $null = Use-Server $target.Server
            $sizes = Get-ChunkSizes $BatchSizeOneRows
            $result = Invoke-Rounds "BatchSize, $($target.Name)" -Expected $BatchSizeOneRows -Chunks (0..($sizes.Count - 1)) -Variants @(
                New-Variant 'batch size 1' { $singleRows[$chunk] | New-AgilantAccount -BatchSize 1 @oneRequest }
                New-Variant 'default batch size' { $batchRows[$chunk] | New-AgilantAccount @oneRequest }
            ) -Prepare {
                $script:singleRows = @(foreach ($size in $sizes) { , @(New-Rows $size) })
                $script:batchRows = @(foreach ($size in $sizes) { , @(New-Rows $size) })
            } -WarmUp {
                New-Rows 20 | New-AgilantAccount -BatchSize 1 @oneRequest
            }
            $single = $result.Medians['batch size 1'] / $BatchSizeOneRows
            $batched = $result.Medians['default batch size'] / $BatchSizeOneRows
            $speedUp = Get-Ratio $result 'batch size 1' 'default batch size'
            Add-Row ('`-BatchSize 1` vs default, per row ({0} rows, {1}{2})' -f (& $n0 $BatchSizeOneRows), $target.Name, $oneRequestText) "$(& $n2 $single) ms (-BatchSize 1)" "$(& $n2 $batched) ms (default)" "$(& $n1 $speedUp)x faster" $target.Goal $(if ($target.Minimum) { $speedUp -ge $target.Minimum })
        }
    }

    if ('Throttle' -in $Only) {
        $null = Use-Server $distantServer
        $variants = @(if ($supportsThrottle.Get) {
                New-Variant 'throttled' { $numbers | Get-AgilantTicket -ThrottleLimit $ThrottleLimit }
                New-Variant 'one at a time' { $numbers | Get-AgilantTicket -ThrottleLimit 1 }
            } else {
                New-Variant 'one at a time' { $numbers | Get-AgilantTicket }
            })
        $result = Invoke-Rounds "Throttle, tickets, $LatencyMs ms latency" -Expected $Calls -Variants $variants -WarmUp { $warmNumbers | Get-AgilantTicket }
        $oneCall = $result.Medians['one at a time'] * 1000 / $Calls
        $figure = '{0} × `Get-AgilantTicket`, {1} ms latency: `-ThrottleLimit {2}` vs one at a time' -f $callsText, $LatencyMs, $ThrottleLimit
        if ($supportsThrottle.Get) {
            $throttledCall = $result.Medians['throttled'] * 1000 / $Calls
            $speedUp = Get-Ratio $result 'one at a time' 'throttled'
            Add-Row $figure "$(& $n0 $throttledCall) µs/call" "$(& $n0 $oneCall) µs/call (one at a time)" "$(& $n1 $speedUp)x faster" '≥ 8x' ($speedUp -ge 8)
        } else {
            Add-Row $figure $noThrottle "$(& $n0 $oneCall) µs/call (one at a time)" '—' '≥ 8x' $false
        }

        $variants = @(if ($supportsThrottle.New) {
                New-Variant 'throttled' { $moduleRows | New-AgilantAccount -ThrottleLimit $ThrottleLimit }
                New-Variant 'one batch at a time' { $sequentialRows | New-AgilantAccount -ThrottleLimit 1 }
            } else {
                New-Variant 'one batch at a time' { $sequentialRows | New-AgilantAccount }
            })
        $result = Invoke-Rounds "Throttle, accounts, $LatencyMs ms latency" -Expected $Rows -Variants $variants -Prepare {
            $script:moduleRows = New-Rows $Rows
            $script:sequentialRows = New-Rows $Rows
        } -WarmUp { New-Rows 200 | New-AgilantAccount }
        $oneMs = $result.Medians['one batch at a time']
        $figure = '{0} account rows, {1} ms latency: `-ThrottleLimit {2}` vs one batch at a time' -f $rowsText, $LatencyMs, $ThrottleLimit
        if ($supportsThrottle.New) {
            $speedUp = Get-Ratio $result 'one batch at a time' 'throttled'
            Add-Row $figure "$(& $n0 $result.Medians['throttled']) ms" "$(& $n0 $oneMs) ms (one batch at a time)" "$(& $n1 $speedUp)x faster" '≥ 3x' ($speedUp -ge 3)
        } else {
            Add-Row $figure $noThrottle "$(& $n0 $oneMs) ms (one batch at a time)" '—' '≥ 3x' $false
        }
    }

    if ('Parallel' -in $Only) {
        $session = Use-Server $emulatorServer
        $result = Invoke-Rounds 'ForEach-Object -Parallel, emulator' -Expected $Calls -Variants @(
            New-Variant 'parallel' { $numbers | ForEach-Object -Parallel { Get-AgilantTicket $_ -Session $using:session } -ThrottleLimit $ThrottleLimit }
            New-Variant 'sequential' { foreach ($n in $numbers) { Get-AgilantTicket $n } }
        ) -WarmUp { $warmNumbers | ForEach-Object -Parallel { Get-AgilantTicket $_ -Session $using:session } -ThrottleLimit $ThrottleLimit }
        Add-Row ('`{0} numbers \| ForEach-Object -Parallel {{ Get-AgilantTicket $_ -Session $using:s }} -ThrottleLimit {1}`, emulator' -f $callsText, $ThrottleLimit) `
            "$(& $n2 ($result.Medians['parallel'] / 1000)) s" "$(& $n2 ($result.Medians['sequential'] / 1000)) s (module, sequential loop)" "$(& $n2 (Get-Ratio $result 'sequential' 'parallel'))x speed-up" '—' $null
    }

    if ('Import' -in $Only) {
        Write-Status "Import time ($ImportRounds fresh-process rounds)"
        $lines = & (Join-Path $PSScriptRoot 'Measure-ImportTime.ps1') -Manifest $Manifest -Rounds $ImportRounds -Pwsh $Pwsh
        $bare = [double](($lines | Where-Object { $_ -match 'bare pwsh$' }) -replace '^\s*([\d,]+) ms.*', '$1' -replace ',', '')
        $above = [double](($lines | Where-Object { $_ -notmatch 'bare pwsh$' } | Select-Object -First 1) -replace '.*?([+-]?\d+) ms above bare.*', '$1')
        $script:allSamples['Import'] = @{ BareMs = $bare; AboveMs = $above; Lines = $lines }
        Add-Row 'import, above bare pwsh' "+$(& $n0 $above) ms" "bare pwsh $(& $n0 $bare) ms" '—' '< 300 ms' ($above -lt 300)
    }

    if ('Memory' -in $Only) {
        # Each in a fresh pwsh: the peak working set of the whole process, read at its end.
        function Measure-Peak([string] $Csv, [switch] $Module) {
            $command = if ($Module) {
                'Import-Module $env:BENCH_MANIFEST; Connect-Agilant -InformationAction Ignore; Import-Csv -LiteralPath $env:BENCH_CSV | New-AgilantAccount | Out-Null'
            } else {
                'Import-Csv -LiteralPath $env:BENCH_CSV | Out-Null'
            }
            $start = [System.Diagnostics.ProcessStartInfo]::new($Pwsh)
            $commandText = "`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'; $command; [System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64"
            foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $commandText) { $start.ArgumentList.Add($argument) }
            $start.Environment['BENCH_MANIFEST'] = $Manifest
            $start.Environment['BENCH_CSV'] = $Csv
            $start.Environment['AGILANT_BASE_URI'] = $emulatorServer.BaseUri
            $start.Environment['AGILANT_PUBLIC_KEY'] = $emulatorServer.PublicKey
            $start.Environment['AGILANT_SECRET_KEY'] = $emulatorServer.SecretText
            $start.RedirectStandardOutput = $true
            $start.RedirectStandardError = $true
            $process = [System.Diagnostics.Process]::Start($start)
            $errors = $process.StandardError.ReadToEndAsync()
            $output = $process.StandardOutput.ReadToEnd()
            $process.WaitForExit()
            if ($process.ExitCode -ne 0) { throw "The memory run ($command) failed: $($errors.Result)" }
            $peakBytes = ($output.Trim() -split "`n")[-1]
            [double]$peakBytes / 1MB
        }

        $tenth = [int]($MemoryRows / 10)
        Write-Status "Peak working set: writing $(& $n0 $MemoryRows) and $(& $n0 $tenth) rows to CSV"
        $largeCsv = New-CsvFile $MemoryRows
        $smallCsv = New-CsvFile $tenth
        Write-Status 'Peak working set: Import-Csv alone'
        $csvLarge = Measure-Peak $largeCsv
        $csvSmall = Measure-Peak $smallCsv
        Write-Status 'Peak working set: Import-Csv | New-AgilantAccount'
        $moduleSmall = Measure-Peak $smallCsv -Module
        $moduleLarge = Measure-Peak $largeCsv -Module
        $script:allSamples['Memory'] = [ordered]@{ Rows = $MemoryRows; ModuleMB = $moduleLarge; ModuleTenthMB = $moduleSmall; CsvAloneMB = $csvLarge; CsvAloneTenthMB = $csvSmall }
        # Flat: ten times the rows adds less than 32 MB more to the module's peak than to Import-Csv's own, under 400
        # bytes a row: holding every row or every account would add several times that.
        $flat = ($moduleLarge - $moduleSmall) - ($csvLarge - $csvSmall) -lt 32
        Add-Row "$(& $n0 $MemoryRows) rows streamed from Import-Csv, peak working set" `
            "$(& $n0 $moduleLarge) MB ($(& $n0 $tenth) rows: $(& $n0 $moduleSmall) MB)" `
            "$(& $n0 $csvLarge) MB (Import-Csv alone; $(& $n0 $tenth) rows: $(& $n0 $csvSmall) MB)" `
            "$(& $n2 ($moduleLarge / $csvLarge))x" 'flat (10x the rows: < 32 MB more than Import-Csv alone)' $flat
    }
}
finally {
    foreach ($process in $script:servers) {
        if (-not $process.HasExited) {
            $process.Kill($true)
            $process.WaitForExit()
        }
    }
    if (Get-Module Agilant) { Disconnect-Agilant -ErrorAction SilentlyContinue }
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}

$meta = [ordered]@{
    Date               = $started.ToUniversalTime().ToString('yyyy-MM-dd HH:mm', [cultureinfo]::InvariantCulture) + ' UTC'
    Commit             = $commit
    Cores              = [Environment]::ProcessorCount
    OS                 = [System.Runtime.InteropServices.RuntimeInformation]::OSDescription
    DotNet             = [System.Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
    Pwsh               = $PSVersionTable.PSVersion.ToString()
    LoadAverageStart   = $loadBefore
    LoadAverageEnd     = Get-LoadAverage
    Minutes            = [math]::Round(((Get-Date) - $started).TotalMinutes, 1)
    Rounds             = $Rounds
    Calls              = $Calls
    Rows               = $Rows
    LatencyMs          = $LatencyMs
    EffectiveLatencyMs = if ($null -ne $effectiveLatency) { [math]::Round($effectiveLatency, 2) }
    ThrottleLimit      = $ThrottleLimit
}

"Measured $($meta.Date) on commit $($meta.Commit): $($meta.Cores) cores, $($meta.OS), $($meta.DotNet), pwsh $($meta.Pwsh); " +
"load average $($meta.LoadAverageStart) at the start, $($meta.LoadAverageEnd) at the end; medians of $Rounds interleaved rounds; $($meta.Minutes) min in all." +
$(if ($null -ne $effectiveLatency) { " The emulator's ``--latency $LatencyMs`` added $(& $n1 $effectiveLatency) ms to each call (raw client)." })
''
'| figure | module | raw baseline | ratio | goal | met |'
'|---|---|---|---|---|---|'
foreach ($row in $script:table) {
    "| $($row.Figure) | $($row.Module) | $($row.Raw) | $($row.Ratio) | $($row.Goal) | $($row.Met) |"
}

if ($JsonPath) {
    [ordered]@{ Machine = $meta; Table = $script:table; Samples = $script:allSamples } | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $JsonPath
    Write-Status "Samples written to $JsonPath"
}
