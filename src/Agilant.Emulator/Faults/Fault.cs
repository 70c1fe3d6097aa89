using System;

namespace Agilant.Emulator;

/// <summary>
/// A failure to inject into the next <see cref="Times"/> requests that match <see cref="Method"/> and <see cref="PathPrefix"/>.
/// What happens, in order: wait <see cref="Delay"/>; process the request if <see cref="AfterProcessing"/>; then drop the
/// connection (<see cref="DropConnection"/>) or answer <see cref="StatusCode"/>; a fault with only a delay then answers normally.
/// <see cref="HtmlPage"/> puts an HTML page in place of the answer's JSON.
/// </summary>
public sealed record Fault
{
    /// <summary>The HTTP method to match (case-insensitive); null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>A prefix of the decoded path, in whole segments ("/ticket" matches "/ticket/10000001/reply"); null matches any.</summary>
    public string? PathPrefix { get; init; }

    public int Times { get; init; } = 1;

    /// <summary>
    /// Text the request's body must contain (ordinal), e.g. an account id, to pick one request out of several sent at
    /// once; null matches any body.
    /// </summary>
    public string? BodyContains { get; init; }

    /// <summary>
    /// Answer this status with an error envelope instead of the real answer. A 2xx status gives the answer the documents
    /// warn of: success, by its status, with "success": false in its body.
    /// </summary>
    public int? StatusCode { get; init; }

    /// <summary>Sent as a Retry-After header in whole seconds (rounded up) with <see cref="StatusCode"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The envelope's error text; by default it names the status and says the emulator injected it.</summary>
    public string? Error { get; init; }

    /// <summary>Process the request first, so its changes are made, then fail: "applied, but the gateway answered 502".</summary>
    public bool AfterProcessing { get; init; }

    /// <summary>Hold the request this long first; the wait ends early when the client aborts.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the connection without answering.</summary>
    public bool DropConnection { get; init; }

    /// <summary>
    /// Answer an HTML page (text/html) instead of the JSON envelope, as a gateway, a login portal or a web application
    /// firewall in front of the API may: with <see cref="AfterProcessing"/> alone, the request is applied and its own
    /// status (201 for a create) comes with the page; with <see cref="StatusCode"/>, that status does.
    /// </summary>
    public bool HtmlPage { get; init; }

    internal void Validate()
    {
        if (Times < 1)
        {
            throw new ArgumentException("Times must be at least 1.");
        }

        if (StatusCode is { } status && status is not (>= 200 and <= 299 or >= 400 and <= 599))
        {
            throw new ArgumentException("StatusCode must be an error status, 400 to 599, or a 2xx answered with \"success\": false.");
        }

        if (StatusCode is not null && DropConnection)
        {
            throw new ArgumentException("A fault either answers a StatusCode or drops the connection, not both.");
        }

        if (HtmlPage && (DropConnection || (StatusCode is null && !AfterProcessing)))
        {
            throw new ArgumentException("HtmlPage replaces an answer: give it with a StatusCode or AfterProcessing, and without DropConnection.");
        }

        if (StatusCode is null && !DropConnection && !HtmlPage && (Delay <= TimeSpan.Zero || AfterProcessing))
        {
            throw new ArgumentException("A fault needs a StatusCode or DropConnection, or (without AfterProcessing) a positive Delay.");
        }

        if (RetryAfter is not null && StatusCode is null)
        {
            throw new ArgumentException("RetryAfter is sent with a StatusCode.");
        }
    }
}
