using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Agilant.Emulator.Json;

/// <summary>The documents' "Date": yyyy-MM-dd, a calendar date with neither time nor offset, such as 2020-01-01.</summary>
internal static partial class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    // The exact shape first: ParseExact alone would let other digit counts or surrounding text pass in some cases.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex Shape();

    public static bool TryParse(string text, out DateOnly value)
    {
        value = default;
        return Shape().IsMatch(text)
            && DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static string Format(DateOnly value) => value.ToString(Pattern, CultureInfo.InvariantCulture);
}
