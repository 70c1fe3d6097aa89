using System;
using System.Collections.Generic;
using System.Globalization;
using Agilant.Emulator.Webhooks;

namespace Agilant.Emulator.Hosting;

internal sealed record CommandLine
{
    public const string Usage = """
        Usage: agilant-emulator [--urls URL] [--seed] [--state FILE] [--webhook-url URL] [--webhook-header "NAME: VALUE"]...
                                [--latency MS] [--fault "RULE"]... [--log-requests]
          --urls URL             where to listen: an http:// loopback URL; port 0 picks a free port (default http://127.0.0.1:0)
          --seed                 create sample tickets and the documents' sample account 23526813, so that there is something to Get
                                 (the sample orders 89023475 and 12345678 are always there); with --state, only into a new file
          --state FILE           keep the state in this JSON file across restarts: loaded at start when it exists, saved after
                                 every change, before the change is answered
          --webhook-url URL      POST the documents' webhooks to this http:// or https:// URL as tickets, accounts and orders change
          --webhook-header "NAME: VALUE"
                                 send this header with every webhook, such as a shared secret the receiver checks (repeatable)
          --latency MS           answer every request MS milliseconds late, as a distant server would (default 0)
          --fault "RULE"         inject a fault into the requests that match (repeatable; the first that matches applies):
                                 METHOD PATH [STATUS] [drop] [after] [html] [times=N] [delay=MS] [retry-after=S] [error=TEXT]
                                 e.g. "POST /ticket 502 after" (the next ticket is created, then answered 502),
                                 "* / 503 times=3 retry-after=1", "GET /account delay=5000", "PUT /order 200 error=Locked"
          --log-requests         print one line per request received and per webhook sent
        """;

    public string Url { get; init; } = new EmulatorOptions().Url;

    public bool Seed { get; init; }

    public bool LogRequests { get; init; }

    public Uri? WebhookUrl { get; init; }

    public IReadOnlyDictionary<string, string> WebhookHeaders { get; init; } = new Dictionary<string, string>();

    public TimeSpan Latency { get; init; }

    public string? StateFile { get; init; }

    public IReadOnlyList<Fault> Faults { get; init; } = [];

    public static bool IsHelp(IReadOnlyList<string> args) => args is ["--help"] or ["-h"] or ["-?"];

    /// <exception cref="ArgumentException">An argument that is not understood.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var parsed = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            string Value() => inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value."));
            parsed = name switch
            {
                "--seed" when inlineValue is null => parsed with { Seed = true },
                "--log-requests" when inlineValue is null => parsed with { LogRequests = true },
                "--urls" => parsed with { Url = SingleUrl(Value()) },
                "--webhook-url" => parsed with { WebhookUrl = WebhookAddress.Parse(Value()) },
                "--webhook-header" => parsed with { WebhookHeaders = With(parsed.WebhookHeaders, Webhooks.WebhookHeaders.Parse(Value())) },
                "--latency" => parsed with { Latency = Milliseconds(Value()) },
                "--state" => parsed with { StateFile = Value() },
                "--fault" => parsed with { Faults = [.. parsed.Faults, FaultOption.Parse(Value())] },
                _ => throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'."),
            };
        }

        return parsed;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> headers, KeyValuePair<string, string> header) =>
        new(headers, StringComparer.OrdinalIgnoreCase) { [header.Key] = header.Value };

    private static TimeSpan Milliseconds(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new ArgumentException($"--latency takes a whole number of milliseconds, 0 or more; '{value}' is not one.");

    private static string SingleUrl(string value) =>
        value.Contains(';', StringComparison.Ordinal) ? throw new ArgumentException("--urls takes one URL: the emulator listens on one address.") : value;
}
