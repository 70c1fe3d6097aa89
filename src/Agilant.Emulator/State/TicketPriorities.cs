using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The ticket priorities the Ticketing API documents.</summary>
public static class TicketPriorities
{
    public const string Low = "LOW";
    public const string Normal = "NORMAL";
    public const string High = "HIGH";

    public static IReadOnlyList<string> All { get; } = [Low, Normal, High];
}
