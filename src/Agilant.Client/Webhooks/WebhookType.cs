namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    /// <summary>The six webhooks of the Ticketing and Account Management APIs.</summary>
    public enum WebhookType : long
    {
        TICKET_STATUS_CHANGE,
        TICKET_REPLY,
        ACCOUNT_STATUS_CHANGE,
        SERVICE_STATUS_CHANGE,
        ORDER_STATUS_CHANGE,
        ITEM_STATUS_CHANGE,
    }
}
