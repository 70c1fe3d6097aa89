using System;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Decides whether a failed attempt is tried again and after how long. Only calls that cannot do harm twice
    /// are retried: a repeated POST could create a second ticket.
    /// </summary>
    internal sealed class RetryPolicy
    {
        private readonly int maximumRetryCount;
        private readonly TimeSpan baseDelay;
        private readonly TimeSpan maximumDelay;
        private readonly Func<double> random;

        public RetryPolicy(int maximumRetryCount, TimeSpan baseDelay, TimeSpan maximumDelay, Func<double> random)
        {
            this.maximumRetryCount = maximumRetryCount;
            this.baseDelay = baseDelay;
            this.maximumDelay = maximumDelay;
            this.random = random;
        }

        public int MaximumAttempts => maximumRetryCount + 1;

        /// <summary>408 and the gateway errors say the call may be worth repeating; 429 and 503 ask to come back later.</summary>
        public static bool IsTransient(int statusCode) =>
            statusCode == 408 || statusCode == 429 || statusCode == 502 || statusCode == 503 || statusCode == 504;

        /// <summary>
        /// Whether an attempt that ended so may still have been applied: it got no answer, or an answer that says the
        /// request was lost somewhere on the way (408, 502, 504). 429 and 503 refuse the request before doing it.
        /// </summary>
        public static bool MayHaveBeenApplied(int? statusCode) =>
            statusCode is null || statusCode == 408 || statusCode == 502 || statusCode == 504;

        /// <summary>The wait before the next attempt, or null when there is to be none.</summary>
        /// <param name="attemptsMade">Attempts made so far, the failed one included.</param>
        /// <param name="retrySafe">Whether repeating the call can do no harm.</param>
        /// <param name="statusCode">The failed attempt's status, or null when it got no answer (timeout or connection failure).</param>
        /// <param name="retryAfter">How long the server asked to wait, if it did.</param>
        public TimeSpan? DelayBeforeRetry(int attemptsMade, bool retrySafe, int? statusCode, TimeSpan? retryAfter)
        {
            if (!retrySafe || attemptsMade >= MaximumAttempts || (statusCode is int status && !IsTransient(status)))
            {
                return null;
            }

            if (retryAfter is TimeSpan asked)
            {
                if (asked > maximumDelay)
                {
                    return null;
                }

                return asked < TimeSpan.Zero ? TimeSpan.Zero : asked;
            }

            double backoff = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, attemptsMade - 1), maximumDelay.TotalMilliseconds);
            // Equal jitter: half the backoff is kept, half is random, so that many clients do not retry in step.
            return TimeSpan.FromMilliseconds((backoff / 2) + (random() * backoff / 2));
        }
    }
}
