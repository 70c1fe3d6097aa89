namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    public enum ItemStatus : long
    {
        CREATED,
        PAID,
        ISSUE_INCOMPLETE,
        ISSUE_ACTION_NEEDED,
        SERVICE_PENDING,
        IN_PROGRESS,
        COMPLETE,
        CANCELLED,
    }
}
