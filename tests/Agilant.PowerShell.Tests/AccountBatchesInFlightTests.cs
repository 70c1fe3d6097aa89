using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// New-AgilantAccount keeps up to -ThrottleLimit batches in flight once the first has been answered. The emulator's
/// journal shows what overlaps: a request's Arrived event comes before it is answered, its Recorded event after.
/// </summary>
public class AccountBatchesInFlightTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Batches_answered_out_of_order_are_written_in_input_order_with_each_error_naming_its_row()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("'M10', 'M11' | ForEach-Object { New-AgilantAccount -Id $_ -FirstName Old -LastName Timer -EmailAddress old@testco.com } | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        // The middle batch (rows M9 to M12, two of them existing ids) is held by the server until the batches after it
        // have been answered; without batches in flight together the hold would run out instead.
        using var othersAnswered = new ManualResetEventSlim();
        int answeredOthers = 0;
        bool heldUntilOthersAnswered = false;
        int holding = 0;
        emulator.Requests.Arrived += (_, request) =>
        {
            if (request.Method == "POST" && request.Body.Contains("\"M9\"") && Interlocked.Exchange(ref holding, 1) == 0)
            {
                heldUntilOthersAnswered = othersAnswered.Wait(Patience);
            }
        };
        emulator.Requests.Recorded += (_, request) =>
        {
            if (request.Method == "POST" && (request.Body.Contains("\"M13\"") || request.Body.Contains("\"M17\"")) && Interlocked.Increment(ref answeredOthers) == 2)
            {
                othersAnswered.Set();
            }
        };

        ScriptResult result = engine.Run("""
            $rows = 1..20 | ForEach-Object { [pscustomobject]@{ Id = "M$_"; FirstName = 'F'; LastName = "L$_"; Email = "m$_@testco.com" } }
            $rows | New-AgilantAccount -BatchSize 4 -ErrorVariable failed -ErrorAction SilentlyContinue | ForEach-Object Id
            foreach ($failure in $failed) { '{0} {1}' -f [array]::IndexOf($rows, $failure.TargetObject), $failure.FullyQualifiedErrorId }
            """);

        Assert.True(heldUntilOthersAnswered, "The batches after the middle one were not answered while it was in flight.");
        Assert.Null(result.Terminating);
        var expected = Enumerable.Range(1, 20).Where(i => i is not (10 or 11)).Select(i => $"M{i}")
            .Concat(new[] { "9 Agilant.AlreadyExists,Agilant.PowerShell.Commands.NewAgilantAccountCommand", "10 Agilant.AlreadyExists,Agilant.PowerShell.Commands.NewAgilantAccountCommand" });
        Assert.Equal(expected, result.Output.Select(item => item.ToString()));
        Assert.Equal(20, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task Stopping_abandons_every_batch_in_flight_at_once()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        // The first batch goes alone and is answered; the three after it are held until the client gives up.
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", Delay = TimeSpan.FromMilliseconds(1) });
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", Delay = TimeSpan.FromMinutes(5), Times = 3 });
        var threeHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int posts = 0;
        emulator.Requests.Arrived += (_, request) =>
        {
            if (request.Method == "POST" && Interlocked.Increment(ref posts) == 4)
            {
                threeHeld.SetResult();
            }
        };

        using RunningScript running = engine.Start("""
            1..8 | ForEach-Object { [pscustomobject]@{ Id = "H$_"; FirstName = 'F'; LastName = 'L'; Email = "h$_@testco.com" } } |
                New-AgilantAccount -BatchSize 2 -ThrottleLimit 3
            """);
        await threeHeld.Task.WaitAsync(Patience);
        var stopwatch = Stopwatch.StartNew();
        await running.StopAsync().WaitAsync(Patience);
        ScriptResult result = running.Finish();
        var abandoned = await Task.WhenAll(Enumerable.Range(2, 3).Select(sequence =>
            emulator.Requests.WaitForAsync(request => request.Method == "POST" && request.Body.Contains($"\"H{(sequence * 2) - 1}\"")).WaitAsync(Patience)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {stopwatch.Elapsed}.");
        Assert.IsType<PipelineStoppedException>(result.Terminating);
        Assert.All(abandoned, request => Assert.Equal(RequestOutcome.ClientAborted, request.Outcome));
        Assert.Equal(2, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task A_command_ended_early_downstream_abandons_the_batches_still_in_flight()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        // The rows come only once the batch before has arrived, so that the batches arrive in order and meet these faults:
        // the first two answered, the last two held until the client gives up.
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", Delay = TimeSpan.FromMilliseconds(1), Times = 2 });
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", Delay = TimeSpan.FromMinutes(5), Times = 2 });
        using var secondArrived = new ManualResetEventSlim();
        using var thirdArrived = new ManualResetEventSlim();
        using var fourthArrived = new ManualResetEventSlim();
        emulator.Requests.Arrived += (_, request) =>
        {
            if (request.Method != "POST")
            {
                return;
            }

            if (request.Body.Contains("\"E3\""))
            {
                // The second batch is answered only once the last two are in flight, so its accounts come out after.
                secondArrived.Set();
                fourthArrived.Wait(Patience);
            }
            else if (request.Body.Contains("\"E5\""))
            {
                thirdArrived.Set();
            }
            else if (request.Body.Contains("\"E7\""))
            {
                fourthArrived.Set();
            }
        };
        engine.Set("SecondArrived", secondArrived);
        engine.Set("ThirdArrived", thirdArrived);
        engine.Set("Patience", Patience);

        ScriptResult result = engine.Run("""
            $rows = 1..8 | ForEach-Object { [pscustomobject]@{ Id = "E$_"; FirstName = 'F'; LastName = 'L'; Email = "e$_@testco.com" } }
            foreach ($pass in 1) {
                & { $rows[0..3]; $null = $SecondArrived.Wait($Patience); $rows[4..5]; $null = $ThirdArrived.Wait($Patience); $rows[6..7] } |
                    New-AgilantAccount -BatchSize 2 -ThrottleLimit 3 | ForEach-Object { $_.Id; if ($_.Id -eq 'E3') { break } }
            }
            """);
        var abandoned = await Task.WhenAll(new[] { "E5", "E7" }.Select(id =>
            emulator.Requests.WaitForAsync(request => request.Method == "POST" && request.Body.Contains($"\"{id}\"")).WaitAsync(Patience)));

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "E1", "E2", "E3" }, result.Output.Select(item => item.ToString()));
        Assert.All(abandoned, request => Assert.Equal(RequestOutcome.ClientAborted, request.Outcome));
        Assert.Equal(4, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task ThrottleLimit_1_sends_each_batch_only_after_the_one_before_is_answered()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        int arrived = 0;
        int answered = 0;
        int overlaps = 0;
        emulator.Requests.Arrived += (_, request) =>
        {
            if (request.Method == "POST" && Interlocked.Increment(ref arrived) != Volatile.Read(ref answered) + 1)
            {
                Interlocked.Increment(ref overlaps);
            }
        };
        emulator.Requests.Recorded += (_, request) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref answered);
            }
        };

        ScriptResult result = engine.Run("""
            1..12 | ForEach-Object { [pscustomobject]@{ Id = "T$_"; FirstName = 'F'; LastName = 'L'; Email = "t$_@testco.com" } } |
                New-AgilantAccount -BatchSize 2 -ThrottleLimit 1 | ForEach-Object Id
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"T{i}"), result.Output.Select(item => item.ToString()));
        Assert.Equal(6, arrived);
        Assert.Equal(0, overlaps);
    }
}
