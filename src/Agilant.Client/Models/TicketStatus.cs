namespace Agilant
{
    // Members carry the API's own names, so that `-Status IN_PROGRESS` reads as the documents and the portal do.
#pragma warning disable CA1707
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    public enum TicketStatus : long
    {
        NEW_TICKET,
        OPEN,
        IN_PROGRESS,
        AWAITING_USER,
        CLOSED,
        REVIEW,
    }
#pragma warning restore CA1707
}
