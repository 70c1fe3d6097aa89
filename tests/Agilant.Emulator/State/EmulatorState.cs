namespace Agilant.Emulator;

/// <summary>The emulator's in-memory data, which tests may read and seed.</summary>
public sealed class EmulatorState
{
    public EmulatorState()
    {
        Tickets = new TicketStore(Events);
    }

    public EmulatorEvents Events { get; } = new();

    public TicketStore Tickets { get; }
}
