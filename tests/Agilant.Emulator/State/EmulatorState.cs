namespace Agilant.Emulator;

/// <summary>The emulator's in-memory data, which tests may read and seed.</summary>
public sealed class EmulatorState
{
    public EmulatorState()
    {
        Tickets = new TicketStore(Events);
        Accounts = new AccountStore(Events);
    }

    public EmulatorEvents Events { get; } = new();

    public TicketStore Tickets { get; }

    public AccountStore Accounts { get; }
}
