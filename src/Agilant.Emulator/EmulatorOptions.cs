using System;
using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>How an <see cref="AgilantEmulator"/> listens, whom it accepts and what time it thinks it is.</summary>
public sealed class EmulatorOptions
{
    /// <summary>An http:// URL on a loopback address; port 0 picks a free port.</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    public IReadOnlyList<ApiKeyPair> Keys { get; init; } = [ApiKeyPair.Sample];

    /// <summary>How far a request's Timestamp may be from the server's now before it is refused with 401.</summary>
    public TimeSpan AllowedClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Added to the real UTC time to give the server's now: the skew check, default repliedOn, a new account's createDate and the Date header use it.</summary>
    public TimeSpan ClockOffset { get; init; } = TimeSpan.Zero;

    /// <summary>How long every request waits before it is answered, as a distant server's would: for measuring what overlapping requests gain.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// Where to POST the documents' webhooks (an absolute http:// or https:// URL) as the API's changes happen; null
    /// sends none. See <see cref="AgilantEmulator.Webhooks"/> for what was sent.
    /// </summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>Headers sent with every webhook, as a receiver may require of its sender (a shared secret, say).</summary>
    public IReadOnlyDictionary<string, string> WebhookHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A JSON file that keeps the state across restarts: loaded at start when it exists (the sample orders are then
    /// what it holds), written after every change before the change is answered. Null keeps the state in memory only.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary>
    /// How many of the latest requests <see cref="AgilantEmulator.Requests"/> keeps; null keeps every one, as tests
    /// that read the journal need. The command-line tool keeps none: a server left running for days would otherwise
    /// hold every request and answer it ever served. <see cref="RequestJournal.Recorded"/> is raised either way.
    /// </summary>
    public int? JournalCapacity { get; init; }
}
