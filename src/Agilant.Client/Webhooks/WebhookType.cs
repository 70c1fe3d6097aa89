namespace Agilant
{
    /// <summary>The six webhooks of the Ticketing and Account Management APIs.</summary>
    public enum WebhookType
    {
        TICKET_STATUS_CHANGE,
        TICKET_REPLY,
        ACCOUNT_STATUS_CHANGE,
        SERVICE_STATUS_CHANGE,
        ORDER_STATUS_CHANGE,
        ITEM_STATUS_CHANGE,
    }
}
