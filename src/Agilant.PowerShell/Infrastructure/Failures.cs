using System;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Turns a failed call into the ErrorRecord a PowerShell user expects: a category that fits the failure,
    /// a stable id, the input as target, and a message that ends with what to do.
    /// </summary>
    internal static class Failures
    {
        private const string WhatToCheck =
            "Check the -BaseUri or -Environment given to Connect-Agilant (Get-AgilantSession shows the address), any proxy, the network and any firewall.";

        /// <param name="failure">What went wrong.</param>
        /// <param name="target">The input record the failure is about.</param>
        /// <param name="subject">What the user gave to name the record, e.g. "ticket number", for advice on a 404.</param>
        public static ErrorRecord ToErrorRecord(Exception failure, object? target, string subject)
        {
            (string id, ErrorCategory category, string advice) = Classify(failure, subject);
            var record = new ErrorRecord(failure, id, category, target);
            record.ErrorDetails = new ErrorDetails($"{Sentence(failure.Message)} {advice}") { RecommendedAction = advice };
            return record;
        }

        private static string Sentence(string message)
        {
            string trimmed = message.TrimEnd();
            return trimmed.EndsWith(".", StringComparison.Ordinal) || trimmed.EndsWith(")", StringComparison.Ordinal) ? trimmed : trimmed + ".";
        }

        /// <summary>Whether the failure would recur for every record, so that going on would only repeat it.</summary>
        public static bool FailsEveryRecord(Exception failure) =>
            (failure is AgilantApiException api && api.StatusCode == 401) || failure is AgilantProxyAuthenticationException;

        private static (string Id, ErrorCategory Category, string Advice) Classify(Exception failure, string subject)
        {
            switch (failure)
            {
                case AgilantApiException api:
                    return ClassifyStatus(api, subject);
                case AgilantProxyAuthenticationException proxy:
                    return ("Agilant.ProxyAuthenticationRequired", ErrorCategory.AuthenticationError, proxy.CredentialsGiven
                        ? "Check the proxy credentials given to Connect-Agilant with -ProxyCredential or -ProxyUseDefaultCredentials, and connect again."
                        : "Connect again with -ProxyCredential (the proxy's user name and password) or -ProxyUseDefaultCredentials (your own sign-in).");
                case AgilantTimeoutException timeout:
                    return ("Agilant.Timeout", ErrorCategory.OperationTimeout, MayHaveHappened(timeout));
                case AgilantConnectionException unreachable:
                    return ("Agilant.ConnectionFailed", ErrorCategory.ConnectionError, ConnectionAdvice(unreachable));
                case AgilantRecordDiffersException:
                    return ("Agilant.ExistsAndDiffers", ErrorCategory.ResourceExists,
                        "Correct the row, or change the record on the server (Set-AgilantAccount, Set-AgilantService), then run the command again with -Resume.");
                case AgilantNotAttemptedException:
                    return ("Agilant.NotAttempted", ErrorCategory.ConnectionError, WhatToCheck + " Then run the command again for the records not attempted.");
                case AgilantResponseException unreadable:
                    return ("Agilant.UnreadableAnswer", ErrorCategory.InvalidResult, UnreadableAdvice(unreadable));
                case ArgumentException:
                    return ("Agilant.InvalidArgument", ErrorCategory.InvalidArgument, $"Correct the {subject}.");
                default:
                    return ("Agilant.UnexpectedFailure", ErrorCategory.NotSpecified, "Run the command again with -Debug to see what was sent and received.");
            }
        }

        private static (string, ErrorCategory, string) ClassifyStatus(AgilantApiException failure, string subject) => failure.StatusCode switch
        {
            400 => ("Agilant.BadRequest", ErrorCategory.InvalidArgument, "Correct the request as the error says."),
            401 => ("Agilant.Unauthorized", ErrorCategory.AuthenticationError,
                "Check the public and secret keys given to Connect-Agilant, the environment they belong to, and this computer's clock."),
            403 => ("Agilant.Forbidden", ErrorCategory.PermissionDenied, "These keys may not access this record; ask Agilant Solutions for access."),
            404 => ("Agilant.NotFound", ErrorCategory.ObjectNotFound, $"Check the {subject}."),
            405 => ("Agilant.MethodNotAllowed", ErrorCategory.InvalidOperation, "Check the method and the route."),
            408 => ("Agilant.RequestTimeout", ErrorCategory.OperationTimeout, MayHaveHappened(failure)),
            422 => ("Agilant.AlreadyExists", ErrorCategory.ResourceExists, "It exists already: read or change it instead of creating it again."),
            429 => ("Agilant.TooManyRequests", ErrorCategory.LimitsExceeded, "Slow down, or try again in a few minutes."),
            500 => ("Agilant.ServerError", ErrorCategory.InvalidResult,
                "Try again; if it persists, report it to Agilant Solutions with the time and the route."),
            502 => ("Agilant.BadGateway", ErrorCategory.ConnectionError, MayHaveHappened(failure)),
            503 => ("Agilant.ServiceUnavailable", ErrorCategory.ConnectionError, "The service is briefly unavailable; try again in a few minutes."),
            504 => ("Agilant.GatewayTimeout", ErrorCategory.ConnectionError, MayHaveHappened(failure)),
            int status when status >= 200 && status < 300 => ("Agilant.Refused", ErrorCategory.InvalidOperation,
                "The service answered but did not do it: correct the request as the error says."),
            int status when status >= 500 => ($"Agilant.Http{status}", ErrorCategory.InvalidResult, "Try again later."),
            int status => ($"Agilant.Http{status}", ErrorCategory.InvalidOperation, "Correct the request as the error says."),
        };

        /// <summary>A gateway or timeout failure says nothing of whether a change reached the service before it.</summary>
        private static string MayHaveHappened(AgilantException failure) => failure.Method == "GET"
            ? "The service is briefly unreachable; try again in a few minutes."
            : $"The change may or may not have been made: check with {CheckCommand(failure)} before trying again.";

        /// <summary>
        /// A success status says a change was made; only the answer that would say what it became is lost. Sending it
        /// again blindly could make it twice (a second ticket), so the advice is to look first.
        /// </summary>
        private static string UnreadableAdvice(AgilantResponseException failure)
        {
            if (!failure.ChangeMayHaveBeenMade)
            {
                return "Run the call again with -Debug to see the answer, and report it to Agilant Solutions.";
            }

            return failure.Method == "POST" && failure.Route == "/ticket"
                ? "Before creating the ticket again, look for it with Get-AgilantTicket: -Debug shows the answer, which may hold its number."
                : $"Before sending it again, check with {CheckCommand(failure)}: -Debug shows the answer.";
        }

        /// <summary>
        /// No connection at all means nothing reached the API, and the command gives up on the server; a connection that
        /// broke during a change may have broken after the API made it.
        /// </summary>
        private static string ConnectionAdvice(AgilantConnectionException failure)
        {
            if (failure.CouldNotConnect)
            {
                return WhatToCheck + " The command's remaining records are not attempted.";
            }

            return failure.Method == "GET" ? WhatToCheck : MayHaveHappened(failure);
        }

        private static string CheckCommand(AgilantException failure) => ChangeCheck.CommandFor(failure.Route) ?? "a Get- command";
    }
}
