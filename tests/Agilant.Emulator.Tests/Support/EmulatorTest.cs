using System;
using System.Threading.Tasks;
using Agilant.Emulator;

namespace Agilant.Emulator.Tests.Support;

/// <summary>Starts a fresh emulator for each test (xunit makes one instance of the class per test) and stops it after.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private AgilantEmulator? emulator;
    private EmulatorClient? client;
    private EmulatorClient? accountClient;

    protected AgilantEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    internal EmulatorClient Client => client ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>A client for the Account Management API: it sends Version: 2 on every request.</summary>
    internal EmulatorClient AccountClient => accountClient ?? throw new InvalidOperationException("The emulator has not started.");

    protected virtual EmulatorOptions Options => new();

    public async Task InitializeAsync()
    {
        emulator = await AgilantEmulator.StartAsync(Options);
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
    }

    protected Ticket SeedTicket(Ticket? ticket = null) => Emulator.State.Tickets.Add(ticket ?? Samples.Ticket);

    protected Account SeedAccount(Account? account = null) => Emulator.State.Accounts.Add(account ?? AccountSamples.Account);
}
