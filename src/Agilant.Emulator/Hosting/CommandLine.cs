using System;
using System.Collections.Generic;
using Agilant.Emulator.Webhooks;

namespace Agilant.Emulator.Hosting;

internal sealed record CommandLine(string Url, bool Seed, bool LogRequests, Uri? WebhookUrl, TimeSpan Latency)
{
    public const string Usage = """
        Usage: agilant-emulator [--urls URL] [--seed] [--log-requests] [--webhook-url URL] [--latency MS]
          --urls URL          where to listen: an http:// loopback URL; port 0 picks a free port (default http://127.0.0.1:0)
          --seed              create sample tickets and the documents' sample account 23526813, so that there is something to Get
                              (the sample orders 89023475 and 12345678 are always there)
          --log-requests      print one line per request received and per webhook sent
          --webhook-url URL   POST the documents' webhooks to this http:// or https:// URL as tickets, accounts and orders change
          --latency MS        answer every request MS milliseconds late, as a distant server would (default 0)
        """;

    public static bool IsHelp(IReadOnlyList<string> args) => args is ["--help"] or ["-h"] or ["-?"];

    /// <exception cref="ArgumentException">An argument that is not understood.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var parsed = new CommandLine(new EmulatorOptions().Url, Seed: false, LogRequests: false, WebhookUrl: null, Latency: TimeSpan.Zero);
        for (var i = 0; i < args.Count; i++)
        {
            parsed = args[i] switch
            {
                "--urls" when i + 1 < args.Count => parsed with { Url = SingleUrl(args[++i]) },
                var arg when arg.StartsWith("--urls=", StringComparison.Ordinal) => parsed with { Url = SingleUrl(arg["--urls=".Length..]) },
                "--seed" => parsed with { Seed = true },
                "--log-requests" => parsed with { LogRequests = true },
                "--webhook-url" when i + 1 < args.Count => parsed with { WebhookUrl = WebhookAddress.Parse(args[++i]) },
                var arg when arg.StartsWith("--webhook-url=", StringComparison.Ordinal) =>
                    parsed with { WebhookUrl = WebhookAddress.Parse(arg["--webhook-url=".Length..]) },
                "--latency" when i + 1 < args.Count => parsed with { Latency = Milliseconds(args[++i]) },
                var arg when arg.StartsWith("--latency=", StringComparison.Ordinal) => parsed with { Latency = Milliseconds(arg["--latency=".Length..]) },
                var arg => throw new ArgumentException($"Unknown or incomplete argument '{arg}'."),
            };
        }

        return parsed;
    }

    private static TimeSpan Milliseconds(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new ArgumentException($"--latency takes a whole number of milliseconds, 0 or more; '{value}' is not one.");

    private static string SingleUrl(string value) =>
        value.Contains(';', StringComparison.Ordinal) ? throw new ArgumentException("--urls takes one URL: the emulator listens on one address.") : value;
}
