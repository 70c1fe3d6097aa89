using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Tells the current log of every attempt: method, route, status, time and attempt number (Verbose), and the
    /// headers and bodies (Debug) with the signature redacted.
    /// </summary>
    internal sealed class CallLogHandler : DelegatingHandler
    {
        private const int BodyExcerptLength = 4096;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Without a log (Verbose and Debug off), a call costs no line and no extra step.
            IAgilantLog? log = AgilantLog.Current;
            return log is null ? base.SendAsync(request, cancellationToken) : SendLoggedAsync(request, log, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, IAgilantLog log, CancellationToken cancellationToken)
        {
            string call = $"{request.Method} {RequestTags.RouteOf(request)}";
            int attempt = RequestTags.AttemptOf(request);
            if (log.IsDebugEnabled)
            {
                log.WriteDebug($"Request {call} (attempt {attempt})\n{Headers(request.Headers, request.Content?.Headers)}{await BodyOf(request.Content).ConfigureAwait(false)}");
            }

            var stopwatch = Stopwatch.StartNew();
            try
            {
                HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                log.WriteVerbose($"{call}: {(int)response.StatusCode} {response.ReasonPhrase} in {stopwatch.ElapsedMilliseconds} ms (attempt {attempt})");
                if (log.IsDebugEnabled)
                {
                    log.WriteDebug($"Response {call}: {(int)response.StatusCode}\n{Headers(response.Headers, response.Content?.Headers)}{await BodyOf(response.Content).ConfigureAwait(false)}");
                }

                return response;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                log.WriteVerbose($"{call}: failed in {stopwatch.ElapsedMilliseconds} ms (attempt {attempt}): {exception.Message}");
                throw;
            }
        }

        private static string Headers(HttpHeaders headers, HttpHeaders? contentHeaders)
        {
            var text = new StringBuilder();
            foreach (var header in contentHeaders is null ? headers : headers.Concat(contentHeaders))
            {
                text.Append(header.Key).Append(": ").Append(Redact(header.Key, string.Join(SeparatorOf(header.Key), header.Value))).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Product headers list their tokens with spaces, as they go on the wire; other headers with commas.</summary>
        private static string SeparatorOf(string name) =>
            string.Equals(name, "User-Agent", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Server", StringComparison.OrdinalIgnoreCase)
                ? " "
                : ", ";

        private static string Redact(string name, string value)
        {
            if (!string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }

            int dot = value.IndexOf('.');
            return (dot > 0 ? value.Substring(0, dot + 1) : string.Empty) + "[signature redacted]";
        }

        private static async Task<string> BodyOf(HttpContent? content)
        {
            if (content is null)
            {
                return string.Empty;
            }

            string body = await content.ReadAsStringAsync().ConfigureAwait(false);
            return body.Length <= BodyExcerptLength
                ? body
                : body.Substring(0, BodyExcerptLength) + $"... ({body.Length - BodyExcerptLength} more characters)";
        }
    }
}
