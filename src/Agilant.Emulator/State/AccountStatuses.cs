using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The account statuses the Account Management API documents.</summary>
public static class AccountStatuses
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";

    public static IReadOnlyList<string> All { get; } = [Active, Inactive];
}
