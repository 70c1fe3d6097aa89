using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Makes a call's attempts: each is signed afresh, logged when a log listens, bounded by its own timeout (answer
    /// included), and told apart when a proxy refuses it; one that failed transiently is repeated as the retry policy
    /// allows. One handler rather than one per concern: a call then costs one asynchronous step above the network, not
    /// five, which is what a call's time and allocations above HttpClient's own were made of.
    /// </summary>
    internal sealed class CallHandler : DelegatingHandler
    {
        private readonly RequestSigner signer;
        private readonly RetryPolicy policy;
        private readonly ProxyRefusal proxyRefusal;
        private readonly TimeSpan timeout;
        private readonly Func<TimeSpan, CancellationToken, Task> delay;
        private readonly Func<DateTimeOffset> clock;

        public CallHandler(RequestSigner signer, RetryPolicy policy, ProxyRefusal proxyRefusal, TimeSpan timeout, Func<TimeSpan, CancellationToken, Task> delay, Func<DateTimeOffset> clock)
        {
            this.signer = signer;
            this.policy = policy;
            this.proxyRefusal = proxyRefusal;
            this.timeout = timeout;
            this.delay = delay;
            this.clock = clock;
        }

        // Only ApiTransport sends through this handler, and only its own requests.
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
        {
            var request = (ApiRequest)message;
            for (int attempt = 1; ; attempt++)
            {
                request.Attempt = attempt;
                signer.SignAttempt(request, clock());
                IAgilantLog? log = AgilantLog.Current;
                Stopwatch? watch = null;
                if (log is not null)
                {
                    await CallLog.RequestAsync(log, request, attempt).ConfigureAwait(false);
                    watch = Stopwatch.StartNew();
                }

                HttpResponseMessage response;
                try
                {
                    using (var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                    {
                        bounded.CancelAfter(timeout);
                        HttpResponseMessage? answered = null;
                        try
                        {
                            answered = await base.SendAsync(request, bounded.Token).ConfigureAwait(false);
                            using (bounded.Token.Register(answered.Dispose))
                            {
                                await answered.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                            }
                        }
                        catch (Exception exception) when (bounded.IsCancellationRequested)
                        {
                            answered?.Dispose();
                            if (cancellationToken.IsCancellationRequested)
                            {
                                throw new OperationCanceledException("The call was stopped.", exception, cancellationToken);
                            }

                            throw new TimeoutException($"No answer within {timeout.TotalSeconds} s.", exception);
                        }

                        response = answered;
                    }
                }
                catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
                {
                    if (log is not null)
                    {
                        CallLog.Failed(log, request, attempt, watch!, failure);
                    }

                    if (failure is HttpRequestException refused && ProxyRefusal.IsTunnelRefusal(refused))
                    {
                        throw proxyRefusal.Refusal(request, refused);
                    }

                    TimeSpan? wait = failure is HttpRequestException || failure is TimeoutException
                        ? policy.DelayBeforeRetry(attempt, request.RetrySafe, null, null)
                        : null;
                    if (wait is null)
                    {
                        ExceptionDispatchInfo.Capture(failure).Throw();
                    }

                    request.HadUncertainAttempt = true;
                    await WaitBeforeRetry(request, wait!.Value, attempt, failure.Message, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (log is not null)
                {
                    await CallLog.AnsweredAsync(log, request, attempt, watch!, response).ConfigureAwait(false);
                }

                if (ProxyRefusal.IsRefusal(response))
                {
                    response.Dispose();
                    throw proxyRefusal.Refusal(request, null);
                }

                TimeSpan? next = policy.DelayBeforeRetry(attempt, request.RetrySafe, (int)response.StatusCode, RetryAfterOf(response));
                if (next is null)
                {
                    return response;
                }

                if (RetryPolicy.MayHaveBeenApplied((int)response.StatusCode))
                {
                    request.HadUncertainAttempt = true;
                }

                string reason = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                response.Dispose();
                await WaitBeforeRetry(request, next.Value, attempt, reason, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task WaitBeforeRetry(ApiRequest request, TimeSpan wait, int attempt, string reason, CancellationToken cancellationToken)
        {
            AgilantLog.Current?.WriteVerbose(
                $"{request.Method} {request.Route}: {reason.TrimEnd('.')}; attempt {attempt + 1} of {policy.MaximumAttempts} in "
                + $"{wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
            await delay(wait, cancellationToken).ConfigureAwait(false);
        }

        private TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            var retryAfter = response.Headers.RetryAfter;
            if (retryAfter?.Delta is TimeSpan delta)
            {
                return delta;
            }

            return retryAfter?.Date is DateTimeOffset date ? date - clock() : (TimeSpan?)null;
        }
    }
}
