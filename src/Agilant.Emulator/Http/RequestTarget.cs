using System;
using System.Collections.Generic;
using System.Linq;

namespace Agilant.Emulator.Http;

/// <summary>
/// The path of a raw request target, split on '/' before each segment is percent-decoded, so that an
/// escaped '/' (%2F) stays inside its segment. Routing on ASP.NET's decoded path would hide exactly the
/// escaping mistakes this emulator exists to catch. The query string is ignored.
/// </summary>
internal sealed record RequestTarget(string Path, IReadOnlyList<string> Segments)
{
    public static RequestTarget Parse(string rawTarget)
    {
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        if (!rawPath.StartsWith('/'))
        {
            return new RequestTarget(rawPath, []);
        }

        var segments = rawPath[1..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        return new RequestTarget("/" + string.Join('/', segments), segments);
    }
}
