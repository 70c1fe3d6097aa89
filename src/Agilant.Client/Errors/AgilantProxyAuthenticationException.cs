using System;

namespace Agilant
{
    /// <summary>A proxy between this computer and the APIs refused the call: it wants credentials, or refused the ones given (407).</summary>
    public sealed class AgilantProxyAuthenticationException : AgilantException
    {
        public AgilantProxyAuthenticationException(string method, string route, Uri? proxy, bool credentialsGiven, Exception? innerException = null)
            : base(
                $"{method} {route} was stopped by {(proxy is null ? "a proxy" : $"the proxy {proxy}")}, which "
                + (credentialsGiven ? "refused the proxy credentials given" : "asks for credentials")
                + " (407 Proxy Authentication Required).",
                method,
                route,
                innerException)
        {
            Proxy = proxy;
            CredentialsGiven = credentialsGiven;
        }

        /// <summary>The proxy, when known: the one given, or the one the system's settings chose.</summary>
        public Uri? Proxy { get; }

        /// <summary>Whether credentials were offered to the proxy (and refused).</summary>
        public bool CredentialsGiven { get; }
    }
}
