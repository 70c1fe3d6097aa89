namespace Agilant.Emulator;

/// <summary>The emulator's in-memory data, which tests may read and seed.</summary>
public sealed class EmulatorState
{
    public EmulatorState()
    {
        Tickets = new TicketStore(Events);
        Accounts = new AccountStore(Events);
        Orders = new OrderStore(Events);
        // Orders have no API that creates them, so every emulator starts with the documents' samples to work on.
        SampleOrders.AddTo(Orders);
    }

    public EmulatorEvents Events { get; } = new();

    public TicketStore Tickets { get; }

    public AccountStore Accounts { get; }

    /// <summary>Holds the documents' sample orders 89023475 and 12345678 from the start.</summary>
    public OrderStore Orders { get; }
}
