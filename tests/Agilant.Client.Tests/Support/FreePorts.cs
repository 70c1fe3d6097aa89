using System.Net;
using System.Net.Sockets;

namespace Agilant.Client.Tests.Support;

/// <summary>For listeners that cannot take port 0 (HttpListener): a loopback port free a moment ago.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
