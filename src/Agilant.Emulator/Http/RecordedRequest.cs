using System;
using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>
/// One request as the emulator received it, and how it was answered. An answer is recorded just before it is
/// written, so a client that holds its response always finds the request in the journal already.
/// </summary>
public sealed record RecordedRequest
{
    /// <summary>Arrival order, from 1, never reused (not even after <see cref="RequestJournal.Clear"/>).</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Method { get; init; }

    /// <summary>The request target exactly as sent, still percent-encoded, query included.</summary>
    public required string RawTarget { get; init; }

    /// <summary>The decoded segments joined with '/': for display and prefix matching, since an escaped '/' is ambiguous here.</summary>
    public required string Path { get; init; }

    /// <summary>The path's segments, each percent-decoded on its own.</summary>
    public required IReadOnlyList<string> Segments { get; init; }

    /// <summary>The request headers, by case-insensitive name; repeated headers are joined with commas.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The body as UTF-8 text, exactly as received; empty when there was none.</summary>
    public required string Body { get; init; }

    public required RequestOutcome Outcome { get; init; }

    /// <summary>The status answered; null when nothing was answered.</summary>
    public int? StatusCode { get; init; }

    public string? ResponseBody { get; init; }

    /// <summary>The injected fault that applied to this request, if any.</summary>
    public Fault? Fault { get; init; }

    public override string ToString() =>
        $"{Method} {RawTarget} -> {(Outcome == RequestOutcome.Answered ? StatusCode.ToString() : Outcome.ToString())}";
}
