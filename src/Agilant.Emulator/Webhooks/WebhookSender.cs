using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Webhooks;

/// <summary>
/// POSTs the webhook of each change to one URL, one at a time in the order of the changes, on a background task: a
/// change is only queued on the thread that made it, so a slow or failing receiver never delays or fails an API
/// request. Every attempt is recorded with the receiver's status or the reason it failed; nothing is retried.
/// </summary>
internal sealed class WebhookSender : IAsyncDisposable
{
    // Long enough for a receiver under a debugger, short enough that a receiver that never answers does not hold the queue for long.
    private static readonly TimeSpan ReceiverTimeout = TimeSpan.FromSeconds(10);

    private readonly Uri url;
    private readonly IReadOnlyDictionary<string, string> headers;
    private readonly EmulatorEvents events;
    private readonly WebhookDeliveries deliveries;
    private readonly HttpClient http = new() { Timeout = ReceiverTimeout };
    private readonly Channel<PendingWebhook> queue = Channel.CreateUnbounded<PendingWebhook>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly Task sending;
    private readonly Lazy<Task> stopped;

    /// <exception cref="ArgumentException">A header that cannot be sent on a request.</exception>
    public WebhookSender(Uri url, IReadOnlyDictionary<string, string> headers, EmulatorEvents events, WebhookDeliveries deliveries)
    {
        WebhookHeaders.Validate(headers);
        this.url = url;
        this.headers = headers;
        this.events = events;
        this.deliveries = deliveries;
        events.Raised += Enqueue;
        sending = Task.Run(SendAllAsync);
        stopped = new Lazy<Task>(StopAsync);
    }

    /// <summary>Stops taking changes, abandons the POST under way and records the rest as not sent, then closes the record.</summary>
    public ValueTask DisposeAsync() => new(stopped.Value);

    private async Task StopAsync()
    {
        events.Raised -= Enqueue;
        queue.Writer.TryComplete();
        await stopping.CancelAsync().ConfigureAwait(false);
        await sending.ConfigureAwait(false);
        deliveries.Close();
        http.Dispose();
        stopping.Dispose();
    }

    // Runs on the thread that made the change, right after it: the payload is built now, from the state the change left.
    private void Enqueue(object? sender, EmulatorEvent change)
    {
        if (WebhookPayloads.For(change) is { } webhook)
        {
            queue.Writer.TryWrite(webhook);
        }
    }

    private async Task SendAllAsync()
    {
        await foreach (var webhook in queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (stopping.IsCancellationRequested)
            {
                deliveries.Record(webhook.Webhook, webhook.Body, statusCode: null, "Not sent: the emulator stopped first");
                continue;
            }

            var (statusCode, failure) = await PostAsync(webhook).ConfigureAwait(false);
            deliveries.Record(webhook.Webhook, webhook.Body, statusCode, failure);
        }
    }

    private async Task<(int? StatusCode, string? Failure)> PostAsync(PendingWebhook webhook)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(webhook.Body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonContentType.MediaType);
        WebhookHeaders.AddTo(request, headers);
        try
        {
            using var response = await http.SendAsync(request, stopping.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return (null, "The emulator stopped before the receiver answered");
        }
        catch (Exception e)
        {
            // Whatever went wrong is the receiver's or the network's, and is recorded: the sending loop must go on.
            return (null, e.Message);
        }
    }
}
