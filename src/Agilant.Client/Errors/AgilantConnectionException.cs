using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Authentication;

namespace Agilant
{
    /// <summary>The server could not be reached, or the connection broke before an answer came.</summary>
    public sealed class AgilantConnectionException : AgilantException
    {
        // .NET 8 and later say at which stage a request failed; netstandard2.0 cannot name that property.
        private static readonly PropertyInfo? StageProperty = typeof(HttpRequestException).GetProperty("HttpRequestError");

        private static readonly string[] ConnectionStages = { "NameResolutionError", "ConnectionError", "SecureConnectionError", "ProxyTunnelError" };

        private static readonly SocketError[] ConnectErrors =
        {
            SocketError.ConnectionRefused, SocketError.HostNotFound, SocketError.HostUnreachable, SocketError.NetworkUnreachable,
            SocketError.NetworkDown, SocketError.NoData, SocketError.TryAgain, SocketError.TimedOut, SocketError.AddressNotAvailable,
        };

        // What .NET Framework's handler reports for the same failures.
        private static readonly WebExceptionStatus[] ConnectStatuses =
        {
            WebExceptionStatus.NameResolutionFailure, WebExceptionStatus.ConnectFailure, WebExceptionStatus.SecureChannelFailure,
            WebExceptionStatus.TrustFailure, WebExceptionStatus.ProxyNameResolutionFailure,
        };

        public AgilantConnectionException(string method, string route, int attempts, TimeSpan duration, Exception innerException)
            : base(
                $"{method} {route} could not reach the server{AfterAttempts(attempts, duration)}: {Innermost(innerException).Message}",
                method,
                route,
                innerException,
                attempts,
                duration)
        {
            CouldNotConnect = NoConnectionIn(innerException);
        }

        /// <summary>
        /// Whether no connection could be made at all: the name did not resolve, the connection was refused or could not
        /// be made, or the TLS handshake failed. Such a request never reached the API; a connection that broke during the
        /// exchange is not this.
        /// </summary>
        public bool CouldNotConnect { get; }

        private static Exception Innermost(Exception exception)
        {
            while (exception.InnerException is not null)
            {
                exception = exception.InnerException;
            }

            return exception;
        }

        private static bool NoConnectionIn(Exception failure)
        {
            if (failure is HttpRequestException && StageProperty?.GetValue(failure)?.ToString() is string stage && stage != "Unknown")
            {
                return ConnectionStages.Contains(stage);
            }

            for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
            {
                if (cause is AuthenticationException
                    || (cause is SocketException socket && ConnectErrors.Contains(socket.SocketErrorCode))
                    || (cause is WebException web && ConnectStatuses.Contains(web.Status)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
