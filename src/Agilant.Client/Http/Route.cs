using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Builds a route from a template whose holes are ids, numbers or SKUs: each hole becomes exactly one
    /// escaped path segment, so no value (`a/b`, `x?y`, `#`, `../ticket/1`) can change which route is called.
    /// </summary>
    internal static class Route
    {
        [MethodImpl(HotPath.Optimized)]
        public static string Of(FormattableString template)
        {
            object?[] arguments = template.GetArguments();
            var segments = new object?[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                segments[i] = Segment(arguments[i]);
            }

            return string.Format(CultureInfo.InvariantCulture, template.Format, segments);
        }

        [MethodImpl(HotPath.Optimized)]
        private static string Segment(object? value)
        {
            string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            if (text.Length == 0)
            {
                throw new ArgumentException("An id, number or SKU in a route cannot be empty.");
            }

            // Uri normalises dot segments even when escaped (%2E%2E), so these two could never reach the server intact.
            if (text == "." || text == "..")
            {
                throw new ArgumentException($"'{text}' cannot be used as an id, number or SKU: it is a relative path segment.");
            }

            return Uri.EscapeDataString(text);
        }
    }
}
