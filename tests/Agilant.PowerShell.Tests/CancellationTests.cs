using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class CancellationTests
{
    [Fact]
    public async Task Stopping_the_pipeline_abandons_the_call_under_way_at_once()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "GET", Delay = TimeSpan.FromMinutes(5) });

        var arrived = emulator.Requests.WaitForArrivalAsync(request => request.Method == "GET");

        using RunningScript running = engine.Start("Get-AgilantTicket 10000001; 'not reached'");
        await arrived.WaitAsync(TimeSpan.FromSeconds(30));
        var stopwatch = Stopwatch.StartNew();
        await running.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        ScriptResult result = running.Finish();
        var abandoned = await emulator.Requests.WaitForAsync(request => request.Method == "GET").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {stopwatch.Elapsed}.");
        Assert.Empty(result.Output);
        Assert.IsType<System.Management.Automation.PipelineStoppedException>(result.Terminating);
        Assert.Equal(RequestOutcome.ClientAborted, abandoned.Outcome);
    }
}
