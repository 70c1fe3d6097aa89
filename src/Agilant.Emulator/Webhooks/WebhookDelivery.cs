namespace Agilant.Emulator;

/// <summary>One webhook POST the emulator made, or tried to make, and how the receiver answered.</summary>
public sealed record WebhookDelivery
{
    /// <summary>From 1, in the order the changes were made, which is the order they are sent in.</summary>
    public required long Sequence { get; init; }

    /// <summary>The payload's "webhook" value, such as TICKET_STATUS_CHANGE.</summary>
    public required string Webhook { get; init; }

    /// <summary>The JSON body, exactly as sent.</summary>
    public required string Body { get; init; }

    /// <summary>The receiver's status; null when it gave none (see <see cref="Failure"/>).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why no status came back: the connection failed, the receiver took too long, or the emulator stopped first.</summary>
    public string? Failure { get; init; }

    public bool Succeeded => StatusCode is >= 200 and <= 299;

    public override string ToString() => $"Webhook {Webhook} -> {(StatusCode is { } status ? status.ToString() : "failed: " + Failure)}";
}
