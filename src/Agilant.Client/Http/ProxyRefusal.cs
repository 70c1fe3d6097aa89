using System;
using System.Net;
using System.Net.Http;
using System.Reflection;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Tells a proxy's 407 apart and makes of it a failure of its own, never retried: the same request would meet the same proxy. An http://
    /// call gets the 407 as its answer; an https:// call gets it while asking the proxy for a tunnel, as an exception.
    /// </summary>
    internal sealed class ProxyRefusal
    {
        private const int ProxyAuthenticationRequired = 407;

        private readonly Uri? proxy;
        private readonly bool credentialsGiven;

        public ProxyRefusal(AgilantClientOptions options)
        {
            proxy = options.Proxy;
            credentialsGiven = options.ProxyCredential is not null || options.ProxyUseDefaultCredentials;
        }

        /// <summary>Whether an answer is the proxy's own 407, which an http:// call gets instead of the API's answer.</summary>
        public static bool IsRefusal(HttpResponseMessage response) => (int)response.StatusCode == ProxyAuthenticationRequired;

        /// <summary>Whether a failure is the 407 an https:// call gets while asking the proxy for a tunnel.</summary>
        public static bool IsTunnelRefusal(HttpRequestException failure)
        {
            object? kind = failure.GetType().GetProperty("HttpRequestError", BindingFlags.Public | BindingFlags.Instance)?.GetValue(failure);
            bool tunnelFailed = kind is null || string.Equals(kind.ToString(), "ProxyTunnelError", StringComparison.Ordinal);
            return tunnelFailed && failure.Message.IndexOf("'" + ProxyAuthenticationRequired + "'", StringComparison.Ordinal) >= 0;
        }

        /// <summary>The failure a refused call ends with, naming the proxy and whether credentials were given.</summary>
        public AgilantProxyAuthenticationException Refusal(ApiRequest request, Exception? cause) =>
            new AgilantProxyAuthenticationException(request.Method.Method, request.Route, proxy ?? SystemProxyFor(request.RequestUri), credentialsGiven, cause);

        private static Uri? SystemProxyFor(Uri? target)
        {
            if (target is null)
            {
                return null;
            }

            Uri? chosen = WebRequest.DefaultWebProxy?.GetProxy(target);
            return chosen is null || chosen == target ? null : chosen;
        }
    }
}
