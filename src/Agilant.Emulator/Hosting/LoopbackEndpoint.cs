using System;
using System.Net;

namespace Agilant.Emulator.Hosting;

/// <summary>The emulator accepts any key it was given and any client: it listens on loopback only.</summary>
internal static class LoopbackEndpoint
{
    public static IPEndPoint Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.PathAndQuery != "/")
        {
            throw new ArgumentException($"'{url}' is not an http:// URL without a path, such as http://127.0.0.1:0", nameof(url));
        }

        var address = uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback : IPAddress.Parse(uri.DnsSafeHost);
        return IPAddress.IsLoopback(address)
            ? new IPEndPoint(address, uri.Port)
            : throw new ArgumentException($"'{url}' is not a loopback address: the emulator listens on 127.0.0.1, [::1] or localhost only", nameof(url));
    }
}
