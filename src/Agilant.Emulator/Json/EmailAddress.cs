using System.Text.RegularExpressions;

namespace Agilant.Emulator.Json;

internal static partial class EmailAddress
{
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+\z")]
    private static partial Regex PlausibleShape();

    public static bool IsPlausible(string text) => PlausibleShape().IsMatch(text);
}
