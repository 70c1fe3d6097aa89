using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Emulator.Proxy;

/// <summary>The request line and headers of an HTTP/1.1 request as a proxy receives it.</summary>
internal sealed class RequestHead
{
    private const int MaximumHeadLength = 64 * 1024;

    private RequestHead(string method, string target, IReadOnlyList<(string Name, string Value)> headers)
    {
        Method = method;
        Target = target;
        Headers = headers;
    }

    public string Method { get; }

    /// <summary>The absolute URI of the request, or host:port for CONNECT.</summary>
    public string Target { get; }

    public IReadOnlyList<(string Name, string Value)> Headers { get; }

    public string? Header(string name) =>
        Headers.Where(header => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).FirstOrDefault();

    /// <summary>Reads up to the blank line that ends the head, byte by byte so that nothing of the body is taken; null if the client sent nothing.</summary>
    public static async Task<RequestHead?> ReadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count > MaximumHeadLength)
            {
                throw new IOException("The request head is too long.");
            }
        }

        string[] lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => (parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
        return new RequestHead(requestLine[0], requestLine[1], headers);
    }

    public async Task<byte[]> ReadBodyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        int length = Header("Content-Length") is string text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return body;
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
