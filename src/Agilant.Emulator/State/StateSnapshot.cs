using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>Everything an emulator holds, as a state file keeps it: its records, as the stores hold them.</summary>
internal sealed record StateSnapshot
{
    public static readonly StateSnapshot Empty = new();

    public IReadOnlyList<Ticket> Tickets { get; init; } = [];

    public IReadOnlyList<Account> Accounts { get; init; } = [];

    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<OrderDiagnostic> Diagnostics { get; init; } = [];

    public static StateSnapshot Of(EmulatorState state) => new()
    {
        Tickets = state.Tickets.List(),
        Accounts = state.Accounts.List(),
        Orders = state.Orders.List(),
        Diagnostics = state.Orders.Diagnostics,
    };

    /// <exception cref="System.ArgumentException">A record the stores refuse: a line number twice, an order number that is not an integer's.</exception>
    /// <exception cref="System.InvalidOperationException">A ticket, account or order twice.</exception>
    public void AddTo(EmulatorState state)
    {
        foreach (var ticket in Tickets)
        {
            state.Tickets.Add(ticket);
        }

        foreach (var account in Accounts)
        {
            state.Accounts.Add(account);
        }

        foreach (var order in Orders)
        {
            state.Orders.Add(order);
        }

        foreach (var diagnostic in Diagnostics)
        {
            state.Orders.AddDiagnostic(diagnostic);
        }
    }
}
