using System;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Accounts;
using Agilant.Client.Http;
using Agilant.Client.Orders;
using Agilant.Client.Raw;
using Agilant.Client.Services;
using Agilant.Client.Tickets;
using Agilant.HttpFactory;

namespace Agilant.Client
{
    /// <summary>
    /// One signed connection to the Agilant APIs: a single HttpClient from IHttpClientFactory whose pipeline
    /// retries (outermost), stops at a proxy's refusal, signs each attempt, logs it and bounds it with a timeout.
    /// </summary>
    public sealed class AgilantClient : IDisposable
    {
        private readonly FactoryHttpInvoker http;
        private readonly RequestSigner signer;
        private readonly ApiTransport transport;

        public AgilantClient(AgilantClientOptions options)
            : this(options, new ClientPlumbing())
        {
        }

        internal AgilantClient(AgilantClientOptions options, ClientPlumbing plumbing)
        {
            Options = options;
            signer = new RequestSigner(options.PublicKey, options.SecretKey);
            var retryPolicy = new RetryPolicy(options.MaximumRetryCount, options.RetryBaseDelay, options.MaximumRetryDelay, plumbing.Random);

            // Each attempt has its own timeout (CallHandler); the whole call may take as long as its retries need.
            http = new FactoryHttpInvoker(
                plumbing.PrimaryHandler ?? (() => NetworkHandler.For(options)),
                new Func<DelegatingHandler>[] { () => new CallHandler(signer, retryPolicy, new ProxyRefusal(options), options.Timeout, plumbing.Delay, plumbing.Clock) });

            transport = new ApiTransport(http.Invoker, options.BaseUri, options.Timeout, plumbing.Clock, UserAgent(options.UserAgentComment));
            Tickets = new TicketsClient(transport);
            Accounts = new AccountsClient(transport);
            Services = new ServicesClient(transport);
            Orders = new OrdersClient(transport);
            Raw = new RawClient(transport);
        }

        public AgilantClientOptions Options { get; }

        public TicketsClient Tickets { get; }

        public AccountsClient Accounts { get; }

        public ServicesClient Services { get; }

        public OrdersClient Orders { get; }

        public RawClient Raw { get; }

        /// <summary>
        /// Asks the service whether it accepts the keys, changing nothing: a signed GET of ticket 0, which no ticket has.
        /// Any answer but 401 shows the signature was accepted (the 404 expected, or a 2xx, 403 ...) when it is the
        /// API's own answer; a 401 is thrown, as any failure to get an answer is.
        /// </summary>
        public async Task<KeyCheck> CheckKeysAsync(CancellationToken cancellationToken)
        {
            try
            {
                await transport.SendAsync(new ApiCall(HttpMethod.Get, "/ticket/0", AgilantApi.Ticketing), cancellationToken).ConfigureAwait(false);
                return new KeyCheck(200, answeredByApi: true);
            }
            catch (AgilantApiException answered) when (answered.StatusCode != 401)
            {
                return new KeyCheck(answered.StatusCode, answeredByApi: answered.ApiError is not null);
            }
        }

        public void Dispose()
        {
            http.Dispose();
            signer.Dispose();
        }

        private static string UserAgent(string? comment)
        {
            string version = typeof(AgilantClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0";
            string userAgent = $"Agilant.PowerShell/{version}" + (string.IsNullOrWhiteSpace(comment) ? string.Empty : $" ({comment})");
            // Checked here as HttpClient would check it, so that a comment no header can carry fails when the client is made, not at every call.
            using (var probe = new HttpRequestMessage())
            {
                probe.Headers.UserAgent.ParseAdd(userAgent);
            }

            return userAgent;
        }
    }
}
