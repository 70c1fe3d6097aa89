using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Agilant.Emulator.Json;

/// <summary>The documents' "Date/Time": ISO 8601 with an explicit offset, such as 2019-01-02T17:34:52-05:00.</summary>
internal static partial class Iso8601
{
    public const string Example = "2019-01-02T17:34:52-05:00";

    // Stricter than DateTimeOffset.TryParse on purpose: a value without an offset, or in a local culture's format, is a client mistake.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})\z")]
    private static partial Regex DateTimeWithOffset();

    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        return DateTimeWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Formats as the documents print it: whole seconds and the value's own offset.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Offset);
}
