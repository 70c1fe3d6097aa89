using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>Repeats an attempt that failed transiently, as the retry policy allows.</summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryPolicy policy;
        private readonly Func<TimeSpan, CancellationToken, Task> delay;
        private readonly Func<DateTimeOffset> clock;

        public RetryHandler(RetryPolicy policy, Func<TimeSpan, CancellationToken, Task> delay, Func<DateTimeOffset> clock)
        {
            this.policy = policy;
            this.delay = delay;
            this.clock = clock;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bool retrySafe = RequestTags.IsRetrySafe(request);
            for (int attempt = 1; ; attempt++)
            {
                RequestTags.SetAttempt(request, attempt);
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception failure) when (IsTransportFailure(failure, cancellationToken))
                {
                    TimeSpan? wait = policy.DelayBeforeRetry(attempt, retrySafe, null, null);
                    if (wait is null)
                    {
                        throw;
                    }

                    RequestTags.MarkUncertainAttempt(request);
                    await WaitBeforeRetry(request, wait.Value, attempt, failure.Message, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                TimeSpan? next = policy.DelayBeforeRetry(attempt, retrySafe, (int)response.StatusCode, RetryAfterOf(response));
                if (next is null)
                {
                    return response;
                }

                if (RetryPolicy.MayHaveBeenApplied((int)response.StatusCode))
                {
                    RequestTags.MarkUncertainAttempt(request);
                }

                string reason = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                response.Dispose();
                await WaitBeforeRetry(request, next.Value, attempt, reason, cancellationToken).ConfigureAwait(false);
            }
        }

        private static bool IsTransportFailure(Exception failure, CancellationToken cancellationToken) =>
            !cancellationToken.IsCancellationRequested && (failure is HttpRequestException || failure is TimeoutException);

        private async Task WaitBeforeRetry(HttpRequestMessage request, TimeSpan wait, int attempt, string reason, CancellationToken cancellationToken)
        {
            AgilantLog.Current?.WriteVerbose(
                $"{request.Method} {RequestTags.RouteOf(request)}: {reason.TrimEnd('.')}; attempt {attempt + 1} of {policy.MaximumAttempts} in "
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
