using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Webhooks
{
    /// <summary>
    /// An HTTP endpoint for Agilant's webhooks. Each POST is answered at once (200, or 400/401/413 with the reason)
    /// and handed over, in arrival order, through <see cref="Take"/>: the caller decides on which thread it is used.
    /// Requests are taken one at a time, so the order they are handed over is the order they were answered in.
    /// </summary>
    public sealed class WebhookListener : IDisposable
    {
        /// <summary>Far above any documented webhook (an order with its items is a few kilobytes), far below harm.</summary>
        private const int MaximumBodyBytes = 1024 * 1024;

        private readonly HttpListener listener;
        private readonly WebhookSecret? secret;
        private readonly BlockingCollection<IncomingWebhook> arrived = new BlockingCollection<IncomingWebhook>();
        private volatile bool disposed;
        private volatile Exception? failure;

        private WebhookListener(HttpListener listener, string prefix, WebhookSecret? secret)
        {
            this.listener = listener;
            this.secret = secret;
            Prefix = prefix;
        }

        /// <summary>The prefix listened on, with its trailing '/'.</summary>
        public string Prefix { get; }

        /// <summary>Listens on the prefix (HttpListener's form, such as http://127.0.0.1:8080/agilant/; a missing trailing '/' is added).</summary>
        /// <param name="secret">When given, a request without the secret in its header is answered 401 and handed over as refused.</param>
        /// <exception cref="ArgumentException">The prefix is not one HttpListener takes.</exception>
        /// <exception cref="HttpListenerException">The prefix cannot be listened on: the port is taken, or the system does not allow it.</exception>
        public static WebhookListener Start(string prefix, WebhookSecret? secret)
        {
            string withSlash = prefix.EndsWith("/", StringComparison.Ordinal) ? prefix : prefix + "/";
            var listener = new HttpListener();
            try
            {
                listener.Prefixes.Add(withSlash);
                listener.Start();
            }
            catch
            {
                listener.Close();
                throw;
            }

            var started = new WebhookListener(listener, withSlash, secret);
            _ = Task.Run(started.ListenAsync);
            return started;
        }

        /// <summary>The next request taken, waiting up to <paramref name="timeout"/> for it (<see cref="Timeout.InfiniteTimeSpan"/>: no limit).</summary>
        /// <returns>The request, or null when the timeout passed first.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        /// <exception cref="HttpListenerException">The listener stopped by itself.</exception>
        public IncomingWebhook? Take(TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (arrived.TryTake(out IncomingWebhook? next, (int)Math.Min(timeout.TotalMilliseconds, int.MaxValue), cancellationToken))
            {
                return next;
            }

            if (failure is not null)
            {
                throw new HttpListenerException(0, $"Listening on {Prefix} stopped: {failure.Message}");
            }

            return null;
        }

        /// <summary>Stops listening and frees the port at once; a request being answered is abandoned.</summary>
        public void Dispose()
        {
            disposed = true;
            listener.Close();
        }

        private async Task ListenAsync()
        {
            try
            {
                while (true)
                {
                    HttpListenerContext context = await listener.GetContextAsync().ConfigureAwait(false);
                    try
                    {
                        await AnswerAsync(context).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is HttpListenerException || e is IOException || e is ObjectDisposedException)
                    {
                        // The sender went away mid-request: there is no one to answer, and the next request is another's.
                    }
                }
            }
            catch (Exception e)
            {
                // Closing the listener ends the loop this way too; anything else is reported by Take, not lost with the task.
                if (!disposed)
                {
                    failure = e;
                }
            }
            finally
            {
                arrived.CompleteAdding();
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            HttpListenerRequest request = context.Request;
            string sender = request.RemoteEndPoint?.ToString() ?? "an unknown sender";
            if (!string.Equals(request.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.AddHeader("Allow", "POST");
                Answer(context.Response, 405, "Webhooks are POSTed here.");
                return;
            }

            if (secret is not null && !secret.Matches(request.Headers[secret.HeaderName]))
            {
                Refuse(context.Response, sender, 401, string.Empty, new WebhookSecretMismatchException(
                    $"A POST from {sender} did not carry the shared secret in its {secret.HeaderName} header: it was answered 401 and not written."));
                return;
            }

            string? body = await ReadBodyAsync(request).ConfigureAwait(false);
            if (body is null)
            {
                Refuse(context.Response, sender, 413, string.Empty, new InvalidWebhookException(
                    $"The POST from {sender} has a body over {MaximumBodyBytes / 1024} KiB, far larger than any documented webhook: it was answered 413."));
                return;
            }

            WebhookEvent parsed;
            try
            {
                parsed = WebhookParser.Parse(body);
            }
            catch (InvalidWebhookException invalid)
            {
                Refuse(context.Response, sender, 400, body, invalid);
                return;
            }

            // Handed over before the answer: once the sender has its 200, the event is there to take.
            arrived.Add(new IncomingWebhook(sender, 200, body, parsed, null));
            Answer(context.Response, 200, string.Empty);
        }

        private void Refuse(HttpListenerResponse response, string sender, int statusCode, string body, Exception refusal)
        {
            arrived.Add(new IncomingWebhook(sender, statusCode, body, null, refusal));
            Answer(response, statusCode, refusal.Message);
        }

        private static void Answer(HttpListenerResponse response, int statusCode, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            response.StatusCode = statusCode;
            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes, 0, bytes.Length);
            response.Close();
        }

        /// <returns>The body as UTF-8 text, or null when it is over the limit.</returns>
        private static async Task<string?> ReadBodyAsync(HttpListenerRequest request)
        {
            if (request.ContentLength64 > MaximumBodyBytes)
            {
                return null;
            }

            using (var body = new MemoryStream())
            {
                byte[] buffer = new byte[16 * 1024];
                int read;
                while ((read = await request.InputStream.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > MaximumBodyBytes)
                    {
                        return null;
                    }

                    body.Write(buffer, 0, read);
                }

                return Encoding.UTF8.GetString(body.ToArray());
            }
        }
    }
}
