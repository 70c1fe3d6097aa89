using System;

namespace Agilant.Emulator.Http;

/// <summary>Whole-segment prefix matching: "/ticket/1" matches "/ticket/1/reply" but not "/ticket/10000001".</summary>
internal static class PathPrefix
{
    public static bool Matches(string path, string? prefix)
    {
        if (prefix is null)
        {
            return true;
        }

        var trimmed = prefix.TrimEnd('/');
        return trimmed.Length == 0
            || path.Equals(trimmed, StringComparison.Ordinal)
            || path.StartsWith(trimmed + "/", StringComparison.Ordinal);
    }
}
