namespace Agilant.Emulator;

/// <summary>A change that the real service announces by webhook.</summary>
public abstract record EmulatorEvent;

/// <summary>A ticket's status changed (webhook TICKET_STATUS_CHANGE).</summary>
public sealed record TicketStatusChanged(int TicketNumber, string PreviousStatus, string Status) : EmulatorEvent;

/// <summary>A reply was added to a ticket (webhook TICKET_REPLY).</summary>
public sealed record TicketReplyAdded(int TicketNumber, TicketReply Reply) : EmulatorEvent;
