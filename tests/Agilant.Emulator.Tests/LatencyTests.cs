using System;
using System.Diagnostics;
using System.Net;
using System.Threading.Tasks;
using Agilant.Emulator.Hosting;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>An emulator that answers late, as a distant server does, for measuring what overlapping requests gain.</summary>
public sealed class LatencyTests
{
    [Fact]
    public async Task EveryAnswer_WaitsAtLeastTheLatency_AndIsOtherwiseTheSame()
    {
        var latency = TimeSpan.FromMilliseconds(200);
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { Latency = latency });
        using var client = new EmulatorClient(emulator);

        var clock = Stopwatch.StartNew();
        var reply = await client.GetAsync("/ticket/1");

        Assert.True(clock.Elapsed >= latency, $"answered after {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Theory]
    [InlineData(new[] { "--latency", "5" }, 5)]
    [InlineData(new[] { "--latency=250" }, 250)]
    [InlineData(new[] { "--seed" }, 0)]
    public void TheCommandLine_TakesALatencyInMilliseconds(string[] arguments, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), CommandLine.Parse(arguments).Latency);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("soon")]
    public void ALatencyThatIsNotWholeMilliseconds_IsRefused(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--latency", value]));

        Assert.Contains("whole number of milliseconds", error.Message);
    }
}
