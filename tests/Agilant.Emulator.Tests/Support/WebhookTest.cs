using System;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Emulator.Tests.Support;

/// <summary>Starts a webhook receiver and an emulator that sends its webhooks there, for each test; stops both after.</summary>
public abstract class WebhookTest : IAsyncLifetime
{
    // A bound on every wait, so that a webhook that never comes fails the test instead of hanging it; nothing sleeps.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
    private WebhookReceiver? receiver;
    private AgilantEmulator? emulator;
    private EmulatorClient? client;
    private EmulatorClient? accountClient;

    internal WebhookReceiver Receiver => receiver ?? throw new InvalidOperationException("The receiver has not started.");

    protected AgilantEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    internal EmulatorClient Client => client ?? throw new InvalidOperationException("The emulator has not started.");

    internal EmulatorClient AccountClient => accountClient ?? throw new InvalidOperationException("The emulator has not started.");

    protected CancellationToken Timeout => timeout.Token;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync();
        emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { WebhookUrl = receiver.Url });
        client = new EmulatorClient(emulator);
        accountClient = new EmulatorClient(emulator, version: "2");
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        accountClient?.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }

        if (receiver is not null)
        {
            await receiver.DisposeAsync();
        }

        timeout.Dispose();
    }

    /// <summary>The next webhook as the receiver got it, after checking that the emulator recorded it sent and answered.</summary>
    internal async Task<ReceivedWebhook> NextWebhookAsync()
    {
        var received = await Receiver.NextAsync(Timeout);
        var delivery = await Emulator.Webhooks.NextAsync(Timeout);
        Assert.Equal((received.Body, 200), (delivery.Body, delivery.StatusCode));
        return received;
    }
}
