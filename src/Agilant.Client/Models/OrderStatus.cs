namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    public enum OrderStatus : long
    {
        QUOTE_CREATED,
        QUOTE_INCOMPLETE,
        QUOTE_AWAITING_DIAGNOSTIC,
        QUOTE_DIAGNOSTIC_IN_PROGRESS,
        QUOTE_DIAGNOSTIC_COMPLETE,
        QUOTE_DIAGNOSTIC_COMPLETE_FULL_SCAN_RECOMMENDED,
        QUOTE_PAYMENT_PENDING,
        QUOTE_PAYMENT_ACCEPTED,
        ORDER_ISSUE_INCOMPLETE,
        ORDER_ISSUE_ACTION_NEEDED,
        ORDER_SERVICE_PENDING,
        ORDER_IN_PROGRESS,
        ORDER_COMPLETE,
        ORDER_CANCELLED,
    }
}
