using System;

namespace Agilant
{
    /// <summary>The server could not be reached, or the connection broke before an answer came.</summary>
    public sealed class AgilantConnectionException : AgilantException
    {
        public AgilantConnectionException(string method, string route, int attempts, TimeSpan duration, Exception innerException)
            : base(
                $"{method} {route} could not reach the server{AfterAttempts(attempts, duration)}: {Innermost(innerException).Message}",
                method,
                route,
                innerException,
                attempts,
                duration)
        {
        }

        private static Exception Innermost(Exception exception)
        {
            while (exception.InnerException is not null)
            {
                exception = exception.InnerException;
            }

            return exception;
        }
    }
}
