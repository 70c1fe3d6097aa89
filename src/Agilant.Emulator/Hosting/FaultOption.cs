using System;
using System.Globalization;

namespace Agilant.Emulator.Hosting;

/// <summary>
/// A <see cref="Fault"/> written on the command line: --fault "METHOD PATH WHAT...", such as "POST /ticket 502 after".
/// METHOD is GET, POST, PUT, DELETE or * (any); PATH a path prefix in whole segments (/ matches every path); then, in
/// any order: a status (400 to 599, or a 2xx answered with "success": false), drop (close the connection unanswered),
/// after (process the request first, then fail), html (an HTML page for the answer), times=N (the next N matching
/// requests; default 1), delay=MS (hold the request first), retry-after=S (with a status), and last, error=TEXT (the
/// answer's error message, to the end of the option).
/// </summary>
internal static class FaultOption
{
    public const string Syntax = "METHOD PATH [STATUS] [drop] [after] [html] [times=N] [delay=MS] [retry-after=S] [error=TEXT]";

    /// <exception cref="ArgumentException">The text is not such a fault, or the fault makes no sense (as <see cref="FaultPlan.Add"/> checks).</exception>
    public static Fault Parse(string text)
    {
        var (rule, error) = SplitError(text);
        var words = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2 || !words[1].StartsWith('/'))
        {
            throw Invalid(text, $"it starts with a method (or *) and a path, as in \"POST /ticket 502\"");
        }

        var fault = new Fault
        {
            Method = words[0] == "*" ? null : words[0].ToUpperInvariant(),
            PathPrefix = words[1] == "/" ? null : words[1],
            Error = error,
        };
        foreach (var word in words[2..])
        {
            fault = word switch
            {
                "drop" => fault with { DropConnection = true },
                "after" => fault with { AfterProcessing = true },
                "html" => fault with { HtmlPage = true },
                _ when word.StartsWith("times=", StringComparison.Ordinal) => fault with { Times = Number(text, word) },
                _ when word.StartsWith("delay=", StringComparison.Ordinal) => fault with { Delay = TimeSpan.FromMilliseconds(Number(text, word)) },
                _ when word.StartsWith("retry-after=", StringComparison.Ordinal) => fault with { RetryAfter = TimeSpan.FromSeconds(Number(text, word)) },
                _ when IsNumber(word, out var status) => fault with { StatusCode = status },
                _ => throw Invalid(text, $"'{word}' is none of a status, drop, after, html, times=N, delay=MS, retry-after=S, error=TEXT"),
            };
        }

        try
        {
            fault.Validate();
        }
        catch (ArgumentException e)
        {
            throw Invalid(text, e.Message);
        }

        return fault;
    }

    private static (string Rule, string? Error) SplitError(string text)
    {
        var at = text.IndexOf(" error=", StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at], text[(at + " error=".Length)..]);
    }

    private static int Number(string text, string word) =>
        IsNumber(word[(word.IndexOf('=', StringComparison.Ordinal) + 1)..], out var number)
            ? number
            : throw Invalid(text, $"'{word}' needs a whole number, 0 or more");

    private static bool IsNumber(string word, out int number) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static ArgumentException Invalid(string text, string why) =>
        new($"--fault \"{text}\" is not a fault the emulator can inject: {why.TrimEnd('.')}. It takes {Syntax}.");
}
