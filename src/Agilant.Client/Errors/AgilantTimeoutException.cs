using System;
using System.Globalization;

namespace Agilant
{
    /// <summary>No answer came in time; the call may or may not have taken effect.</summary>
    public sealed class AgilantTimeoutException : AgilantException
    {
        public AgilantTimeoutException(string method, string route, TimeSpan timeout, int attempts, TimeSpan duration, Exception? innerException = null)
            : base(
                $"{method} {route} got no answer within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" + (attempts > 1 ? "," + AfterAttempts(attempts, duration) : string.Empty) + ".",
                method,
                route,
                innerException,
                attempts,
                duration)
        {
            Timeout = timeout;
        }

        public TimeSpan Timeout { get; }
    }
}
