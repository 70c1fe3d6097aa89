using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Json;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Sends a call through the handler pipeline and reads the envelope: a successful answer yields its JSON,
    /// anything else becomes an AgilantException that names the call.
    /// </summary>
    internal sealed class ApiTransport
    {
        private static readonly TimeSpan ClockSkewWorthTelling = TimeSpan.FromMinutes(1);

        // .NET Framework's handler refuses a body on GET, so there a bodiless call goes without Content-Type.
        private static readonly bool CanSendContentOnGet =
            !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        private const string JsonMediaType = "application/json";

        // Shared by every request: nothing changes a content type once it is set, and parsing it once per call costs.
        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue(JsonMediaType);

        // For calls whose answer is read for nothing but its verdict.
        private static readonly Func<ApiAnswer, bool> Done = answer => true;

        private readonly HttpMessageInvoker http;
        private readonly string baseUri;
        private readonly TimeSpan timeout;
        private readonly Func<DateTimeOffset> clock;
        private readonly string userAgent;

        public ApiTransport(HttpMessageInvoker http, Uri baseUri, TimeSpan timeout, Func<DateTimeOffset> clock, string userAgent)
        {
            this.http = http;
            this.baseUri = Root(baseUri);
            this.timeout = timeout;
            this.clock = clock;
            this.userAgent = userAgent;
        }

        /// <summary>The base URI as every route is appended to it.</summary>
        public static string Root(Uri baseUri) => baseUri.AbsoluteUri.TrimEnd('/');

        /// <summary>Sends a call whose answer says only whether it was done.</summary>
        public Task SendAsync(ApiCall call, CancellationToken cancellationToken) => SendAsync(call, Done, cancellationToken);

        /// <summary>
        /// Sends a call and reads what it needs of the answer with <paramref name="read"/>, which runs while the answer's
        /// bytes are held and must not keep them: its result is all that outlives the call.
        /// </summary>
        public async Task<T> SendAsync<T>(ApiCall call, Func<ApiAnswer, T> read, CancellationToken cancellationToken)
        {
            AgilantCallScope? scope = AgilantCallScope.Current;
            if (scope?.Unreachable is AgilantConnectionException unreachable)
            {
                AgilantLog.Current?.WriteVerbose($"{call.Method} {call.Route}: not attempted, the server could not be reached just before.");
                throw new AgilantNotAttemptedException(call.Method.Method, call.Route, unreachable);
            }

            using (ApiRequest request = CreateRequest(call))
            {
                DateTimeOffset started = clock();
                HttpResponseMessage response;
                try
                {
                    response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException timedOut)
                {
                    throw new AgilantTimeoutException(call.Method.Method, call.Route, timeout, request.Attempt, clock() - started, timedOut);
                }
                catch (HttpRequestException failed) when (!cancellationToken.IsCancellationRequested)
                {
                    var failure = new AgilantConnectionException(call.Method.Method, call.Route, request.Attempt, clock() - started, failed);
                    scope?.Note(failure);
                    throw failure;
                }

                using (response)
                {
                    var attempts = (request.Attempt, clock() - started);
                    using (AnswerBody body = await AnswerBody.ReadAsync(response.Content).ConfigureAwait(false))
                    {
                        Envelope? envelope = CheckEnvelope(call, response, body.Bytes.Span, request.HadUncertainAttempt, attempts);
                        return read(new ApiAnswer(call, envelope is null ? ReadOnlyMemory<byte>.Empty : body.Bytes, envelope));
                    }
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private ApiRequest CreateRequest(ApiCall call)
        {
            var request = new ApiRequest(call.Method, new Uri(baseUri + call.Route), call.Route, call.RetrySafe);
            // Added as text, checked once when the client was made: HttpClient's default headers would be copied, parsed, to every request.
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            request.Headers.TryAddWithoutValidation("Accept", JsonMediaType);
            if (call.Api == AgilantApi.AccountManagement)
            {
                request.Headers.TryAddWithoutValidation("Version", "2");
            }

            if (call.JsonBody is not null || CanSendContentOnGet)
            {
                request.Content = new ByteArrayContent(call.JsonBody is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(call.JsonBody));
                request.Content.Headers.ContentType = JsonContentType;
            }

            return request;
        }

        /// <summary>The answer's envelope, or null for a blank success; anything else is the call's failure.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static Envelope? CheckEnvelope(
            ApiCall call,
            HttpResponseMessage response,
            ReadOnlySpan<byte> body,
            bool afterUncertainAttempt,
            (int Count, TimeSpan Duration) attempts)
        {
            int status = (int)response.StatusCode;
            Envelope? envelope = EnvelopeReader.Read(body);

            if (status >= 200 && status < 300)
            {
                if (envelope is not null)
                {
                    if (envelope.Failed)
                    {
                        throw new AgilantApiException(
                            status, envelope.Error ?? "The API reported a failure without saying why", call.Method.Method, call.Route, null, attempts.Count, attempts.Duration)
                        {
                            EarlierAttemptMayHaveApplied = afterUncertainAttempt,
                        };
                    }

                    return envelope;
                }

                if (EnvelopeReader.IsBlank(body))
                {
                    return null;
                }

                // Something in front of the API (a gateway, a login page, a firewall) may answer so after the API did the work:
                // this is not a refusal, and the change it reports may well have been made.
                string mediaType = response.Content?.Headers.ContentType?.MediaType ?? "no content type";
                throw new AgilantResponseException(call.Method.Method, call.Route, $"its answer is not JSON ({status} {AgilantApiException.ReasonOf(status)}, {mediaType})");
            }

            TimeSpan? skew = status == 401 ? ServerClockSkew(response) : null;
            throw new AgilantApiException(status, envelope?.Error, call.Method.Method, call.Route, skew, attempts.Count, attempts.Duration)
            {
                EarlierAttemptMayHaveApplied = afterUncertainAttempt,
            };
        }

        private static TimeSpan? ServerClockSkew(HttpResponseMessage response)
        {
            if (response.Headers.Date is not DateTimeOffset serverNow)
            {
                return null;
            }

            TimeSpan skew = serverNow - DateTimeOffset.UtcNow;
            return skew.Duration() >= ClockSkewWorthTelling ? skew : (TimeSpan?)null;
        }
    }
}
