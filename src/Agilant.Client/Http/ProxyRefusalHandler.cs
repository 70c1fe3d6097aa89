using System;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Turns a proxy's 407 into its own failure, never retried: the same request would meet the same proxy. An http://
    /// call gets the 407 as its answer; an https:// call gets it while asking the proxy for a tunnel, as an exception.
    /// </summary>
    internal sealed class ProxyRefusalHandler : DelegatingHandler
    {
        private const int ProxyAuthenticationRequired = 407;

        private readonly Uri? proxy;
        private readonly bool credentialsGiven;

        public ProxyRefusalHandler(AgilantClientOptions options)
        {
            proxy = options.Proxy;
            credentialsGiven = options.ProxyCredential is not null || options.ProxyUseDefaultCredentials;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException refused) when (IsTunnelRefusal(refused))
            {
                throw Refusal(request, refused);
            }

            if ((int)response.StatusCode != ProxyAuthenticationRequired)
            {
                return response;
            }

            response.Dispose();
            throw Refusal(request, null);
        }

        /// <summary>
        /// .NET reports a refused tunnel as an HttpRequestException whose message names the proxy's status; .NET 8 and
        /// later also mark it ProxyTunnelError, which netstandard2.0 cannot name, so it is read by name.
        /// </summary>
        private static bool IsTunnelRefusal(HttpRequestException failure)
        {
            object? kind = failure.GetType().GetProperty("HttpRequestError", BindingFlags.Public | BindingFlags.Instance)?.GetValue(failure);
            bool tunnelFailed = kind is null || string.Equals(kind.ToString(), "ProxyTunnelError", StringComparison.Ordinal);
            return tunnelFailed && failure.Message.IndexOf("'" + ProxyAuthenticationRequired + "'", StringComparison.Ordinal) >= 0;
        }

        private AgilantProxyAuthenticationException Refusal(HttpRequestMessage request, Exception? cause) =>
            new AgilantProxyAuthenticationException(request.Method.Method, RequestTags.RouteOf(request), proxy ?? SystemProxyFor(request.RequestUri), credentialsGiven, cause);

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
