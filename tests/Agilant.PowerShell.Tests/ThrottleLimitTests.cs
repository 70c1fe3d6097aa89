using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>The Get- cmdlets keep up to -ThrottleLimit reads in flight and still answer in input order.</summary>
public class ThrottleLimitTests
{
    [Fact]
    public async Task Once_the_first_read_is_answered_later_reads_go_out_while_an_earlier_one_is_unanswered()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$numbers = foreach ($i in 1..6) { (New-AgilantTicket -Subject \"T$i\" -Message m -EmailAddress a@testco.com -Confirm:$false).TicketNumber }").ShouldHaveNoErrors();
        emulator.Requests.Clear();
        int held = TicketStore.FirstTicketNumber + 1;
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = $"/ticket/{held}", Delay = TimeSpan.FromMinutes(5) });
        var othersArrived = Task.WhenAll(Enumerable.Range(1, 3).Select(offset =>
            emulator.Requests.WaitForArrivalAsync(request => request.Path == $"/ticket/{held + offset}")));

        using RunningScript running = engine.Start("$numbers | Get-AgilantTicket -ThrottleLimit 4");
        await othersArrived.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(emulator.Requests.All, request => request.Path == $"/ticket/{held - 1}");
        Assert.DoesNotContain(emulator.Requests.All, request => request.Path == $"/ticket/{held}");
        Assert.DoesNotContain(emulator.Requests.All, request => request.Path == $"/ticket/{held + 4}");
        await running.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        ScriptResult stopped = running.Finish();
        Assert.IsType<PipelineStoppedException>(stopped.Terminating);
    }

    [Fact]
    public async Task The_first_read_goes_alone_so_refused_keys_cost_one_request()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "GET", StatusCode = 401, Times = 10 });

        ScriptResult result = engine.Run("try { 10000001..10000008 | Get-AgilantTicket -ThrottleLimit 8 } catch { $_ }");

        Assert.StartsWith("Agilant.Unauthorized", result.Caught.FullyQualifiedErrorId);
        Assert.Single(emulator.Requests.All);
    }

    [Fact]
    public async Task Output_and_errors_keep_the_input_order_whichever_answer_comes_first()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$numbers = foreach ($i in 1..5) { (New-AgilantTicket -Subject \"T$i\" -Message m -EmailAddress a@testco.com -Confirm:$false).TicketNumber }").ShouldHaveNoErrors();
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = $"/ticket/{TicketStore.FirstTicketNumber}", Delay = TimeSpan.FromMilliseconds(300) });

        ScriptResult result = engine.Run("""
            $numbers[0], 99999999, $numbers[1..4] | Get-AgilantTicket -ThrottleLimit 3 2>&1 | ForEach-Object {
                if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.TargetObject)" } else { $_.Subject }
            }
            """);

        Assert.Equal(new[] { "T1", "error 99999999", "T2", "T3", "T4", "T5" }, result.Output.Select(item => item.ToString()));
    }

    [Fact]
    public async Task ThrottleLimit_1_reads_one_record_at_a_time()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$numbers = foreach ($i in 1..3) { (New-AgilantTicket -Subject \"T$i\" -Message m -EmailAddress a@testco.com -Confirm:$false).TicketNumber }").ShouldHaveNoErrors();
        emulator.Requests.Clear();
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        emulator.Requests.Arrived += (_, request) => events.Enqueue("arrived " + request.Path);
        emulator.Requests.Recorded += (_, request) => events.Enqueue("answered " + request.Path);

        ScriptResult result = engine.Run("$numbers | Get-AgilantTicket -ThrottleLimit 1");

        result.ShouldHaveNoErrors();
        int first = TicketStore.FirstTicketNumber;
        Assert.Equal(
            Enumerable.Range(first, 3).SelectMany(number => new[] { $"arrived /ticket/{number}", $"answered /ticket/{number}" }),
            events);
    }
}
