namespace Agilant
{
    /// <summary>
    /// A webhook request Agilant sent to your endpoint. Each kind carries its record's key under the name the
    /// cmdlets bind (TicketNumber, AccountId, Number), so an event pipes on to Get-AgilantTicket, -Account or -Order.
    /// </summary>
    public abstract class WebhookEvent
    {
        protected WebhookEvent(WebhookType webhook) => Webhook = webhook;

        public WebhookType Webhook { get; }
    }
}
