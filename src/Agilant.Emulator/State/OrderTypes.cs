using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The order types of both order documents: NEW and EXISTING in both, REFURB in the TOGa Order API only.</summary>
public static class OrderTypes
{
    public const string New = "NEW";
    public const string Existing = "EXISTING";
    public const string Refurb = "REFURB";

    public static IReadOnlyList<string> All { get; } = [New, Existing, Refurb];
}
