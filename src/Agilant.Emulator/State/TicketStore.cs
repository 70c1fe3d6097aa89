using System;
using System.Collections.Generic;
using System.Threading;

namespace Agilant.Emulator;

/// <summary>The tickets, thread-safe. Numbers are assigned in sequence from <see cref="FirstTicketNumber"/>.</summary>
public sealed class TicketStore
{
    public const int FirstTicketNumber = 10000001;

    private readonly Lock gate = new();
    private readonly SortedDictionary<int, Ticket> tickets = [];
    private readonly EmulatorEvents events;
    private readonly StateChanges changes;
    private int nextNumber = FirstTicketNumber;

    internal TicketStore(EmulatorEvents events, StateChanges changes)
    {
        this.events = events;
        this.changes = changes;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return tickets.Count;
            }
        }
    }

    public Ticket? Get(int ticketNumber)
    {
        lock (gate)
        {
            return tickets.GetValueOrDefault(ticketNumber);
        }
    }

    /// <summary>All tickets in ticket-number order.</summary>
    public IReadOnlyList<Ticket> List()
    {
        lock (gate)
        {
            return [.. tickets.Values];
        }
    }

    /// <summary>
    /// Stores a ticket as given. A TicketNumber of 0 takes the next number in sequence; an explicit number
    /// is kept and does not move the sequence, which skips numbers already taken.
    /// </summary>
    public Ticket Add(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentOutOfRangeException.ThrowIfNegative(ticket.TicketNumber);
        Ticket stored;
        lock (gate)
        {
            stored = ticket with { TicketNumber = ticket.TicketNumber == 0 ? TakeNextNumber() : ticket.TicketNumber };
            if (!tickets.TryAdd(stored.TicketNumber, stored))
            {
                throw new InvalidOperationException($"Ticket {stored.TicketNumber} already exists.");
            }
        }

        changes.Notify();
        return stored;
    }

    /// <summary>Replaces a ticket atomically with what <paramref name="change"/> makes of it; raises <see cref="TicketStatusChanged"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such ticket.</exception>
    public Ticket Update(int ticketNumber, Func<Ticket, Ticket> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Ticket before;
        Ticket after;
        lock (gate)
        {
            before = tickets.GetValueOrDefault(ticketNumber) ?? throw new KeyNotFoundException($"Ticket {ticketNumber} does not exist.");
            after = change(before);
            if (after.TicketNumber != ticketNumber)
            {
                throw new InvalidOperationException("An update cannot change a ticket's number.");
            }

            tickets[ticketNumber] = after;
        }

        changes.Notify();
        if (after.Status != before.Status)
        {
            events.Raise(new TicketStatusChanged(ticketNumber, before.Status, after.Status));
        }

        return after;
    }

    /// <summary>Appends a reply; raises <see cref="TicketReplyAdded"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such ticket.</exception>
    public Ticket AddReply(int ticketNumber, TicketReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Ticket after;
        lock (gate)
        {
            var before = tickets.GetValueOrDefault(ticketNumber) ?? throw new KeyNotFoundException($"Ticket {ticketNumber} does not exist.");
            after = before with { Replies = [.. before.Replies, reply] };
            tickets[ticketNumber] = after;
        }

        changes.Notify();
        events.Raise(new TicketReplyAdded(ticketNumber, reply));
        return after;
    }

    private int TakeNextNumber()
    {
        while (tickets.ContainsKey(nextNumber))
        {
            nextNumber++;
        }

        return nextNumber++;
    }
}
