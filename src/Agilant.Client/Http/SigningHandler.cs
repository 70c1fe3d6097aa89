using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>Stamps and signs every attempt afresh, so a retry never carries a stale timestamp.</summary>
    internal sealed class SigningHandler : DelegatingHandler
    {
        private readonly RequestSigner signer;
        private readonly Func<DateTimeOffset> clock;

        public SigningHandler(RequestSigner signer, Func<DateTimeOffset> clock)
        {
            this.signer = signer;
            this.clock = clock;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string timestamp = RequestSigner.FormatTimestamp(clock());
            request.Headers.Remove("Timestamp");
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Timestamp", timestamp);
            // Added unvalidated: "publicKey.signature" is not a scheme and parameter, and must go out byte for byte.
            request.Headers.TryAddWithoutValidation("Authorization", signer.AuthorizationFor(timestamp));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
