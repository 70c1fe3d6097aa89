using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The service statuses the Account Management API documents.</summary>
public static class ServiceStatuses
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string Cancelled = "CANCELLED";

    public static IReadOnlyList<string> All { get; } = [Active, Inactive, Cancelled];
}
