namespace Agilant
{
    public enum ItemStatus
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
