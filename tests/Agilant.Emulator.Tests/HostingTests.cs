using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task BaseUri_CarriesTheRealPort()
    {
        await using var emulator = await AgilantEmulator.StartAsync();

        Assert.Equal("http", emulator.BaseUri.Scheme);
        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
        Assert.NotEqual(0, emulator.BaseUri.Port);
        Assert.Equal("/", emulator.BaseUri.AbsolutePath);
    }

    [Fact]
    public async Task ManyEmulators_RunSideBySide_EachWithItsOwnState()
    {
        var emulators = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AgilantEmulator.StartAsync()));
        try
        {
            using var client = new EmulatorClient(emulators[2]);
            await client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");

            Assert.Equal(4, emulators.Select(emulator => emulator.BaseUri).Distinct().Count());
            Assert.Equal([0, 0, 1, 0], emulators.Select(emulator => emulator.State.Tickets.Count));
        }
        finally
        {
            foreach (var emulator in emulators)
            {
                await emulator.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://10.1.2.3:0")]
    [InlineData("https://127.0.0.1:0")]
    [InlineData("http://127.0.0.1:0/api")]
    [InlineData("127.0.0.1:0")]
    public async Task AUrlThatIsNotPlainHttpOnLoopback_IsRefused(string url)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AgilantEmulator.StartAsync(new EmulatorOptions { Url = url }));
    }

    [Fact]
    public async Task Localhost_ListensOnIPv4Loopback()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { Url = "http://localhost:0" });

        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
    }

    [Fact]
    public async Task AStoppedEmulator_RefusesConnections_AndStoppingTwiceIsHarmless()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        await emulator.StopAsync();
        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/ticket/1"));
    }

    [Fact]
    public async Task StoppingDuringADelay_DoesNotWaitForTheDelay()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.Faults.Add(new Fault { Delay = TimeSpan.FromMinutes(5) });
        var arrived = emulator.Requests.WaitForArrivalAsync(_ => true);
        var pending = client.GetAsync("/ticket/1");
        // Stopping before the connection is made would fail the request for another reason than the one tested.
        await arrived;

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
    }

    [Fact]
    public async Task KeysWithoutAnyPair_OrWithARepeatedPublicKey_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AgilantEmulator.StartAsync(new EmulatorOptions { Keys = [] }));
        await Assert.ThrowsAsync<ArgumentException>(() => AgilantEmulator.StartAsync(new EmulatorOptions { Keys = [ApiKeyPair.Sample, ApiKeyPair.Sample with { SecretKey = "x" }] }));
    }

    [Fact]
    public async Task ThePortInUse_FailsTheStart()
    {
        await using var first = await AgilantEmulator.StartAsync();

        var error = await Record.ExceptionAsync(() => AgilantEmulator.StartAsync(new EmulatorOptions { Url = first.BaseUri.ToString().TrimEnd('/') }));

        Assert.IsAssignableFrom<IOException>(error);
    }
}
