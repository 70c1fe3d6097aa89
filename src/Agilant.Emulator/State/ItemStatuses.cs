using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The statuses of an item on an order, as the Account Management API documents them.</summary>
public static class ItemStatuses
{
    public const string Created = "CREATED";
    public const string Paid = "PAID";
    public const string IssueIncomplete = "ISSUE_INCOMPLETE";
    public const string IssueActionNeeded = "ISSUE_ACTION_NEEDED";
    public const string ServicePending = "SERVICE_PENDING";
    public const string InProgress = "IN_PROGRESS";
    public const string Complete = "COMPLETE";
    public const string Cancelled = "CANCELLED";

    public static IReadOnlyList<string> All { get; } = [Created, Paid, IssueIncomplete, IssueActionNeeded, ServicePending, InProgress, Complete, Cancelled];
}
