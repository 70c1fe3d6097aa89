using System;
using System.Globalization;
using System.Net;

namespace Agilant
{
    /// <summary>The API answered, and the answer was a failure: a non-2xx status or an envelope with success false.</summary>
    public sealed class AgilantApiException : AgilantException
    {
        public AgilantApiException(
            int statusCode,
            string? apiError,
            string method,
            string route,
            TimeSpan? serverClockSkew = null,
            int attempts = 1,
            TimeSpan duration = default)
            : base(Describe(statusCode, apiError, method, route, serverClockSkew, AfterAttempts(attempts, duration)), method, route, null, attempts, duration)
        {
            StatusCode = statusCode;
            ApiError = apiError;
            ServerClockSkew = serverClockSkew;
        }

        public int StatusCode { get; }

        /// <summary>The envelope's error text, or null when the answer carried none.</summary>
        public string? ApiError { get; }

        /// <summary>
        /// Whether an earlier attempt of this call ended without telling whether the server applied it, so that this
        /// answer may be about the call's own earlier effect: a 422 for the very ids the earlier attempt created.
        /// </summary>
        public bool EarlierAttemptMayHaveApplied { get; init; }

        /// <summary>How far the server's Date header was from this computer's clock, when that is worth telling.</summary>
        public TimeSpan? ServerClockSkew { get; }

        private static string Describe(int statusCode, string? apiError, string method, string route, TimeSpan? skew, string afterAttempts)
        {
            string answer = $"{method} {route} answered {statusCode} {ReasonOf(statusCode)}{afterAttempts}";
            string message = string.IsNullOrWhiteSpace(apiError) ? answer + "." : $"{apiError!.TrimEnd('.')}. ({answer}.)";
            if (skew is TimeSpan offset)
            {
                string direction = offset > TimeSpan.Zero ? "ahead of" : "behind";
                message += $" The server's clock is {Math.Abs(offset.TotalMinutes).ToString("0.#", CultureInfo.InvariantCulture)} minutes {direction} this computer's:"
                    + " the signature covers the time, so set this computer's clock right.";
            }

            return message;
        }

        internal static string ReasonOf(int statusCode) => statusCode switch
        {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            422 => "Unprocessable Entity",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => Enum.IsDefined(typeof(HttpStatusCode), statusCode) ? ((HttpStatusCode)statusCode).ToString() : string.Empty,
        };
    }
}
