namespace Agilant
{
    /// <summary>TICKET_REPLY: a reply was added to a ticket.</summary>
    public sealed class TicketRepliedEvent : WebhookEvent
    {
        public TicketRepliedEvent(int ticketNumber, TicketReply reply)
            : base(WebhookType.TICKET_REPLY)
        {
            TicketNumber = ticketNumber;
            Reply = reply;
        }

        public int TicketNumber { get; }

        public TicketReply Reply { get; }
    }
}
