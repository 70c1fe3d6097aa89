using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>
/// A ticket as the emulator holds it. Priority and status are the wire strings, not enums, so that a test can
/// seed a value the documents do not list and check that the client copes with it.
/// </summary>
public sealed record Ticket
{
    /// <summary>0 when seeding means "assign the next number".</summary>
    public int TicketNumber { get; init; }

    public string Priority { get; init; } = TicketPriorities.Normal;

    public string Status { get; init; } = TicketStatuses.NewTicket;

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public required string EmailAddress { get; init; }

    public string? PhoneNumber { get; init; }

    public required string Subject { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<TicketReply> Replies { get; init; } = [];
}
