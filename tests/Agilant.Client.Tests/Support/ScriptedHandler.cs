using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Tests.Support;

/// <summary>Stands in for the network: answers each request from a script and records what was sent.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> script = new();

    public List<SentRequest> Sent { get; } = new();

    /// <summary>Answers whatever the script does not: a stand-in server for tests that make many calls.</summary>
    public Func<SentRequest, HttpResponseMessage>? Server { get; set; }

    public ScriptedHandler Answer(HttpStatusCode status, string json, Action<HttpResponseMessage>? adjust = null)
    {
        script.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            adjust?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedHandler Fail(Exception failure)
    {
        script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(failure));
        return this;
    }

    /// <summary>Never answers; only the caller's token (or the attempt timeout) ends the wait.</summary>
    public ScriptedHandler Hang()
    {
        script.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Sent)
        {
            Sent.Add(new SentRequest(
                request.Method.Method,
                request.RequestUri!.AbsoluteUri,
                request.RequestUri.PathAndQuery,
                request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                    .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase),
                body));
        }

        if (script.TryDequeue(out var next))
        {
            return await next(request, cancellationToken);
        }

        if (Server is not null)
        {
            lock (Sent)
            {
                return Server(Sent[^1]);
            }
        }

        throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.");
    }
}

internal sealed record SentRequest(string Method, string Uri, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body);
