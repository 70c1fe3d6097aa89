using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Agilant.Emulator;

/// <summary>
/// Every webhook delivery attempted, failed ones too, in the order the changes were made. Empty while
/// <see cref="EmulatorOptions.WebhookUrl"/> is null.
/// </summary>
public sealed class WebhookDeliveries
{
    private readonly Lock gate = new();
    private readonly List<WebhookDelivery> delivered = [];
    private readonly Channel<WebhookDelivery> unread = Channel.CreateUnbounded<WebhookDelivery>();

    internal WebhookDeliveries(Uri? url)
    {
        Url = url;
    }

    /// <summary>Where the webhooks go; null when they are off.</summary>
    public Uri? Url { get; }

    /// <summary>Raised after each delivery is recorded, on the emulator's delivery thread.</summary>
    public event EventHandler<WebhookDelivery>? Recorded;

    public IReadOnlyList<WebhookDelivery> Delivered
    {
        get
        {
            lock (gate)
            {
                return [.. delivered];
            }
        }
    }

    /// <summary>
    /// The first delivery that no call of this method has returned yet, recorded already or still to come: the n-th
    /// call returns the n-th delivery. Tests await it rather than sleep.
    /// </summary>
    /// <exception cref="ChannelClosedException">The emulator has stopped and every delivery has been returned.</exception>
    public Task<WebhookDelivery> NextAsync(CancellationToken cancellationToken = default) =>
        unread.Reader.ReadAsync(cancellationToken).AsTask();

    internal void Record(string webhook, string body, int? statusCode, string? failure)
    {
        WebhookDelivery delivery;
        lock (gate)
        {
            delivery = new WebhookDelivery
            {
                Sequence = delivered.Count + 1,
                Webhook = webhook,
                Body = body,
                StatusCode = statusCode,
                Failure = failure,
            };
            delivered.Add(delivery);
        }

        unread.Writer.TryWrite(delivery);
        Recorded?.Invoke(this, delivery);
    }

    /// <summary>No delivery comes after this: a <see cref="NextAsync"/> waiting for one ends.</summary>
    internal void Close() => unread.Writer.TryComplete();
}
