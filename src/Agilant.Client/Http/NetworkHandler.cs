using System.Net;
using System.Net.Http;

namespace Agilant.Client.Http
{
    /// <summary>The handler that puts requests on the network, through the proxy the options name or the system's.</summary>
    internal static class NetworkHandler
    {
        public static HttpMessageHandler For(AgilantClientOptions options)
        {
            var handler = new HttpClientHandler { UseCookies = false };
            if (options.Proxy is not null)
            {
                handler.UseProxy = true;
                handler.Proxy = new WebProxy(options.Proxy)
                {
                    Credentials = options.ProxyUseDefaultCredentials ? CredentialCache.DefaultCredentials : options.ProxyCredential,
                };
            }
            else if (options.ProxyUseDefaultCredentials || options.ProxyCredential is not null)
            {
                handler.DefaultProxyCredentials = options.ProxyUseDefaultCredentials ? CredentialCache.DefaultCredentials : options.ProxyCredential;
            }

            return handler;
        }
    }
}
