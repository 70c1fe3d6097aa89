using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Emulator.Proxy;

/// <summary>
/// A corporate proxy in miniature, on a free loopback port: an HTTP forward proxy that answers 407 with a Basic
/// challenge to any request without the right Proxy-Authorization, and forwards the others (http:// targets to their
/// server, CONNECT tunnels byte for byte). One request a connection, each answered with Connection: close.
/// </summary>
public sealed class CredentialProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Authorization", "Proxy-Connection", "Host", "Content-Length", "Transfer-Encoding", "TE", "Upgrade", "Trailer",
    };

    private readonly TcpListener listener;
    private readonly string expectedAuthorization;
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient upstream = new(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false });
    private readonly Lock gate = new();
    private readonly List<ProxiedRequest> requests = [];
    private readonly Task accepting;

    private CredentialProxy(string userName, string password)
    {
        expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password));
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Every request the proxy received, in order, and whether it carried the right credentials.</summary>
    public IReadOnlyList<ProxiedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static CredentialProxy Start(string userName, string password) => new(userName, password);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        try
        {
            await accepting.ConfigureAwait(false);
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        upstream.Dispose();
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            try
            {
                RequestHead? head = await RequestHead.ReadAsync(stream, stopping.Token).ConfigureAwait(false);
                if (head is null)
                {
                    return;
                }

                bool authorized = head.Header("Proxy-Authorization") == expectedAuthorization;
                lock (gate)
                {
                    requests.Add(new ProxiedRequest(head.Method, head.Target, authorized));
                }

                if (!authorized)
                {
                    await WriteAsync(stream, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"Agilant test proxy\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").ConfigureAwait(false);
                }
                else if (head.Method == "CONNECT")
                {
                    await TunnelAsync(stream, head.Target).ConfigureAwait(false);
                }
                else
                {
                    byte[] body = await head.ReadBodyAsync(stream, stopping.Token).ConfigureAwait(false);
                    await ForwardAsync(stream, head, body).ConfigureAwait(false);
                }
            }
            catch (Exception ended) when (ended is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client or the server went away: nothing is left to answer.
            }
        }
    }

    private async Task ForwardAsync(NetworkStream stream, RequestHead head, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(head.Method), head.Target);
        if (body.Length > 0 || head.Header("Content-Type") is not null)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach ((string name, string value) in head.Headers.Where(header => !HopByHop.Contains(header.Name)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using HttpResponseMessage response = await upstream.SendAsync(request, stopping.Token).ConfigureAwait(false);
        byte[] answer = await response.Content.ReadAsByteArrayAsync(stopping.Token).ConfigureAwait(false);
        var text = new StringBuilder($"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        foreach (var header in response.Headers.Concat(response.Content.Headers).Where(header => !HopByHop.Contains(header.Key)))
        {
            text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append("\r\n");
        }

        text.Append($"Content-Length: {answer.Length}\r\nConnection: close\r\n\r\n");
        await WriteAsync(stream, text.ToString()).ConfigureAwait(false);
        await stream.WriteAsync(answer, stopping.Token).ConfigureAwait(false);
    }

    private async Task TunnelAsync(NetworkStream stream, string authority)
    {
        int colon = authority.LastIndexOf(':');
        using var server = new TcpClient();
        await server.ConnectAsync(authority[..colon], int.Parse(authority[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), stopping.Token).ConfigureAwait(false);
        await WriteAsync(stream, "HTTP/1.1 200 Connection Established\r\n\r\n").ConfigureAwait(false);
        NetworkStream toServer = server.GetStream();
        await Task.WhenAny(stream.CopyToAsync(toServer, stopping.Token), toServer.CopyToAsync(stream, stopping.Token)).ConfigureAwait(false);
    }

    private Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text), stopping.Token).AsTask();
}

/// <summary>One request as the proxy saw it: the target is an absolute URI, or host:port for CONNECT.</summary>
public sealed record ProxiedRequest(string Method, string Target, bool Authorized);
