using System;
using System.Net;
using System.Security;

namespace Agilant.Client
{
    /// <summary>What a client needs to reach and sign for the APIs.</summary>
    public sealed class AgilantClientOptions
    {
        public AgilantClientOptions(string publicKey, SecureString secretKey, Uri baseUri)
        {
            if (string.IsNullOrWhiteSpace(publicKey))
            {
                throw new ArgumentException("The public key is empty.", nameof(publicKey));
            }

            if (secretKey is null || secretKey.Length == 0)
            {
                throw new ArgumentException("The secret key is empty.", nameof(secretKey));
            }

            if (baseUri is null || !baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException("The base URI must be an absolute http or https URI.", nameof(baseUri));
            }

            PublicKey = publicKey.Trim();
            SecretKey = secretKey;
            BaseUri = baseUri;
        }

        public string PublicKey { get; }

        public SecureString SecretKey { get; }

        public Uri BaseUri { get; }

        /// <summary>How long one attempt may take, response body included.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>How many times a failed idempotent call is tried again.</summary>
        public int MaximumRetryCount { get; set; } = 3;

        /// <summary>The first retry waits about this long; each later one about twice as long as the one before.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>No retry waits longer; a Retry-After beyond this ends the retries.</summary>
        public TimeSpan MaximumRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Appended to the User-Agent, e.g. the PowerShell edition and version.</summary>
        public string? UserAgentComment { get; set; }

        /// <summary>The proxy every request goes through; null follows the system's proxy settings (HTTPS_PROXY, Internet Options).</summary>
        public Uri? Proxy { get; set; }

        /// <summary>What to answer a proxy that asks for credentials (407): the proxy given, or else the system's.</summary>
        public NetworkCredential? ProxyCredential { get; set; }

        /// <summary>Answer a proxy that asks for credentials with the current user's sign-in (Windows, Kerberos), instead of <see cref="ProxyCredential"/>.</summary>
        public bool ProxyUseDefaultCredentials { get; set; }
    }
}
