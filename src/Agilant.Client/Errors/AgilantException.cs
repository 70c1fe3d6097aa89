using System;
using System.Globalization;

namespace Agilant
{
    /// <summary>A call to an Agilant API failed; the subtype says how.</summary>
    public abstract class AgilantException : Exception
    {
        protected AgilantException(string message, string method, string route, Exception? innerException = null, int attempts = 1, TimeSpan duration = default)
            : base(message, innerException)
        {
            Method = method;
            Route = route;
            Attempts = attempts;
            Duration = duration;
        }

        public string Method { get; }

        public string Route { get; }

        /// <summary>How many times the call was sent: more than one when it was retried; none when it was not attempted.</summary>
        public int Attempts { get; }

        /// <summary>How long the call took, from its first attempt to the end of its last, the waits between them included.</summary>
        public TimeSpan Duration { get; }

        /// <summary>" after 3 attempts over 7 s" for a call that was retried, so that retries that ran out say so; else nothing.</summary>
        protected static string AfterAttempts(int attempts, TimeSpan duration) =>
            attempts > 1 ? $" after {attempts} attempts over {Seconds(duration)} s" : string.Empty;

        protected static string Seconds(TimeSpan span) =>
            span.TotalSeconds.ToString(span.TotalSeconds < 10 ? "0.##" : "0", CultureInfo.InvariantCulture);
    }
}
