using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agilant.Emulator.Tests.Support;

/// <summary>A webhook endpoint on 127.0.0.1 and a free port, as a client of the API would run: it records each POST as it arrives.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/hooks/agilant";

    private readonly WebApplication app;
    private readonly Channel<ReceivedWebhook> arrived = Channel.CreateUnbounded<ReceivedWebhook>();
    private TaskCompletionSource held = Released();

    private WebhookReceiver(WebApplication app)
    {
        this.app = app;
        app.Run(ReceiveAsync);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The status every webhook is answered with.</summary>
    public int StatusCode { get; set; } = 200;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.Url = new Uri(address + Path);
        return receiver;
    }

    /// <summary>From now on, answers nothing until <see cref="Release"/>; each webhook is still reported as it arrives.</summary>
    public void Hold() => held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => held.TrySetResult();

    /// <summary>The next webhook to arrive, in arrival order, whether or not it has been answered yet.</summary>
    public Task<ReceivedWebhook> NextAsync(CancellationToken cancellationToken) => arrived.Reader.ReadAsync(cancellationToken).AsTask();

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        arrived.Writer.TryWrite(new ReceivedWebhook(context.Request.Method, context.Request.Path, context.Request.ContentType, body, headers));
        await held.Task.WaitAsync(context.RequestAborted);
        context.Response.StatusCode = StatusCode;
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }
}

internal sealed record ReceivedWebhook(string Method, string Path, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }
}
