using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Bench.Raw;

/// <summary>
/// The network's stand-in: reads the request's body as a socket would, and answers at once with the same status and
/// body every time, so that what is timed is the client alone (BenchmarkDotNet's classes, and the in-process rows of
/// bench/Measure-Performance.ps1, where it serves both the module's client and the raw one).
/// </summary>
public sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    private readonly byte[] answer = Encoding.UTF8.GetBytes(body);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(answer);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }

    // One handler serves a whole benchmark; the client's pipeline must not end it.
    protected override void Dispose(bool disposing)
    {
    }
}
