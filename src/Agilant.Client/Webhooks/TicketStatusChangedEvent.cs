namespace Agilant
{
    /// <summary>TICKET_STATUS_CHANGE: a ticket's status changed.</summary>
    public sealed class TicketStatusChangedEvent : WebhookEvent
    {
        public TicketStatusChangedEvent(int ticketNumber, TicketStatus? status)
            : base(WebhookType.TICKET_STATUS_CHANGE)
        {
            TicketNumber = ticketNumber;
            Status = status;
        }

        public int TicketNumber { get; }

        public TicketStatus? Status { get; }
    }
}
