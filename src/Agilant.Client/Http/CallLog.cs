using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Agilant.Client.Http
{
    /// <summary>
    /// What the current log is told of every attempt: method, route, status, time and attempt number (Verbose), and
    /// the headers and bodies (Debug) with the signature redacted. Called only when a log listens, so that a call
    /// without one builds no line.
    /// </summary>
    internal static class CallLog
    {
        private const int BodyExcerptLength = 4096;

        /// <summary>The signed request, headers and body, when Debug is wanted.</summary>
        public static Task RequestAsync(IAgilantLog log, ApiRequest request, int attempt) =>
            log.IsDebugEnabled ? WriteRequestAsync(log, request, attempt) : Task.CompletedTask;

        /// <summary>The answer's status and time; its headers and body too when Debug is wanted.</summary>
        public static async Task AnsweredAsync(IAgilantLog log, ApiRequest request, int attempt, Stopwatch watch, HttpResponseMessage response)
        {
            string call = CallOf(request);
            log.WriteVerbose($"{call}: {(int)response.StatusCode} {response.ReasonPhrase} in {watch.ElapsedMilliseconds} ms (attempt {attempt})");
            if (log.IsDebugEnabled)
            {
                log.WriteDebug($"Response {call}: {(int)response.StatusCode}\n{Headers(response.Headers, response.Content?.Headers)}{await BodyOf(response.Content).ConfigureAwait(false)}");
            }
        }

        /// <summary>An attempt that got no answer: no connection, no answer in time, a refused tunnel.</summary>
        public static void Failed(IAgilantLog log, ApiRequest request, int attempt, Stopwatch watch, Exception failure) =>
            log.WriteVerbose($"{CallOf(request)}: failed in {watch.ElapsedMilliseconds} ms (attempt {attempt}): {failure.Message}");

        private static async Task WriteRequestAsync(IAgilantLog log, ApiRequest request, int attempt) =>
            log.WriteDebug($"Request {CallOf(request)} (attempt {attempt})\n{Headers(request.Headers, request.Content?.Headers)}{await BodyOf(request.Content).ConfigureAwait(false)}");

        private static string CallOf(ApiRequest request) => $"{request.Method} {request.Route}";

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
