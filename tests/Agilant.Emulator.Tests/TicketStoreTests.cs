using System;
using System.Collections.Generic;
using System.Linq;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class TicketStoreTests
{
    private readonly EmulatorState state = new();

    [Fact]
    public void SeededTickets_TakeNumbersInSequence_UnlessTheyBringTheirOwn()
    {
        var first = state.Tickets.Add(Samples.Ticket);
        var own = state.Tickets.Add(Samples.Ticket with { TicketNumber = 10000002 });
        var third = state.Tickets.Add(Samples.Ticket);
        var documented = state.Tickets.Add(Samples.Ticket with { TicketNumber = 12345678 });
        var fourth = state.Tickets.Add(Samples.Ticket);

        Assert.Equal([10000001, 10000002, 10000003, 12345678, 10000004], new[] { first, own, third, documented, fourth }.Select(ticket => ticket.TicketNumber));
        Assert.Equal([10000001, 10000002, 10000003, 10000004, 12345678], state.Tickets.List().Select(ticket => ticket.TicketNumber));
        Assert.Equal(5, state.Tickets.Count);
        Assert.Throws<InvalidOperationException>(() => state.Tickets.Add(Samples.Ticket with { TicketNumber = 12345678 }));
    }

    [Fact]
    public void UpdateAndAddReply_RaiseEventsForStatusChangesAndReplies()
    {
        var raised = new List<EmulatorEvent>();
        state.Events.Raised += (_, change) => raised.Add(change);
        var ticket = state.Tickets.Add(Samples.Ticket);
        var reply = Samples.Ticket.Replies[0];

        state.Tickets.Update(ticket.TicketNumber, current => current with { Priority = "HIGH" });
        state.Tickets.Update(ticket.TicketNumber, current => current with { Status = "AWAITING_USER" });
        var replied = state.Tickets.AddReply(ticket.TicketNumber, reply);

        Assert.Equal(
            new EmulatorEvent[] { new TicketStatusChanged(ticket.TicketNumber, "IN_PROGRESS", "AWAITING_USER"), new TicketReplyAdded(ticket.TicketNumber, reply) },
            raised);
        Assert.Equal(3, replied.Replies.Count);
        Assert.Equal("HIGH", state.Tickets.Get(ticket.TicketNumber)!.Priority);
    }

    [Fact]
    public void ChangingAnUnknownTicket_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => state.Tickets.Update(1, ticket => ticket));
        Assert.Throws<KeyNotFoundException>(() => state.Tickets.AddReply(1, Samples.Ticket.Replies[0]));
        Assert.Null(state.Tickets.Get(1));
    }
}
