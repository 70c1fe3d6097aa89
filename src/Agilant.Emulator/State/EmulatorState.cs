namespace Agilant.Emulator;

/// <summary>The emulator's in-memory data, which tests may read and seed.</summary>
public sealed class EmulatorState
{
    public EmulatorState()
        : this(StateSnapshot.Empty)
    {
        // Orders have no API that creates them, so every emulator starts with the documents' samples to work on.
        SampleOrders.AddTo(Orders);
    }

    /// <summary>The state a state file saved: its tickets, accounts, orders and diagnostics, and nothing else.</summary>
    internal EmulatorState(StateSnapshot saved)
    {
        Tickets = new TicketStore(Events, Changes);
        Accounts = new AccountStore(Events, Changes);
        Orders = new OrderStore(Events, Changes);
        saved.AddTo(this);
    }

    public EmulatorEvents Events { get; } = new();

    public TicketStore Tickets { get; }

    public AccountStore Accounts { get; }

    /// <summary>Holds the documents' sample orders 89023475 and 12345678 from the start.</summary>
    public OrderStore Orders { get; }

    internal StateChanges Changes { get; } = new();
}
