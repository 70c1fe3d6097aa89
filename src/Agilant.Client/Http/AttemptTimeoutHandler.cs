using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Bounds one attempt, response body included, and turns its expiry into a TimeoutException that the retry
    /// handler can tell apart from the caller's own cancellation.
    /// </summary>
    internal sealed class AttemptTimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan timeout;

        public AttemptTimeoutHandler(TimeSpan timeout) => this.timeout = timeout;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(timeout);
                HttpResponseMessage? response = null;
                try
                {
                    response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                    HttpResponseMessage answered = response;
                    using (attempt.Token.Register(answered.Dispose))
                    {
                        await answered.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                    }

                    return answered;
                }
                catch (Exception exception) when (attempt.IsCancellationRequested)
                {
                    response?.Dispose();
                    if (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException("The call was stopped.", exception, cancellationToken);
                    }

                    throw new TimeoutException($"No answer within {timeout.TotalSeconds} s.", exception);
                }
            }
        }
    }
}
