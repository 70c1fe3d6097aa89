using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The ticket statuses the Ticketing API documents.</summary>
public static class TicketStatuses
{
    public const string NewTicket = "NEW_TICKET";
    public const string Open = "OPEN";
    public const string InProgress = "IN_PROGRESS";
    public const string AwaitingUser = "AWAITING_USER";
    public const string Closed = "CLOSED";
    public const string Review = "REVIEW";

    public static IReadOnlyList<string> All { get; } = [NewTicket, Open, InProgress, AwaitingUser, Closed, Review];
}
