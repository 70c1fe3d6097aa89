using System;

namespace Agilant
{
    /// <summary>The server could not be reached, or the connection broke before an answer came.</summary>
    public sealed class AgilantConnectionException : AgilantException
    {
        public AgilantConnectionException(string method, string route, int attempts, Exception innerException)
            : base(
                $"{method} {route} could not reach the server"
                + (attempts > 1 ? $" in {attempts} attempts" : string.Empty)
                + $": {Innermost(innerException).Message}",
                method,
                route,
                innerException)
        {
            Attempts = attempts;
        }

        public int Attempts { get; }

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
