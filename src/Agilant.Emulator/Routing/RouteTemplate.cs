using System;
using System.Collections.Generic;

namespace Agilant.Emulator.Routing;

/// <summary>A route such as "/ticket/{ticketNumber}/reply", matched segment by segment against decoded segments.</summary>
internal sealed class RouteTemplate
{
    private readonly string[] parts;

    private RouteTemplate(string text)
    {
        Text = text;
        parts = text[1..].Split('/');
    }

    public string Text { get; }

    public static RouteTemplate Parse(string text) =>
        text.StartsWith('/') ? new RouteTemplate(text) : throw new ArgumentException($"Route template '{text}' must start with '/'.", nameof(text));

    /// <returns>The parameter values, or null when the segments do not fit this template.</returns>
    public IReadOnlyDictionary<string, string>? Match(IReadOnlyList<string> segments)
    {
        if (segments.Count != parts.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var segment = segments[i];
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                if (segment.Length == 0)
                {
                    return null;
                }

                values[part[1..^1]] = segment;
            }
            else if (!part.Equals(segment, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
