using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Session
{
    /// <summary>The errors of Connect-Agilant's check of the keys: each says where it connected, and what to do.</summary>
    internal static class KeyCheckFailures
    {
        private const string SkipCheckAdvice = "To connect without checking the keys, for example offline, add -SkipCheck.";

        /// <summary>The environment and address, or the address alone, as the user would recognise it.</summary>
        public static string Where(AgilantSession session) =>
            session.Environment is AgilantEnvironment environment ? $"{environment} ({session.BaseUri})" : session.BaseUri.ToString();

        /// <param name="failure">What the check met.</param>
        /// <param name="session">The session whose keys were checked.</param>
        /// <param name="sandboxByDefault">Whether the Sandbox was used only because no -Environment or -BaseUri was given.</param>
        public static ErrorRecord Of(Exception failure, AgilantSession session, bool sandboxByDefault)
        {
            if (failure is AgilantApiException refused && refused.StatusCode == 401)
            {
                return Unauthorized(refused, session, sandboxByDefault);
            }

            ErrorRecord record = Failures.ToErrorRecord(failure, session.BaseUri, "base URI");
            if (failure is AgilantProxyAuthenticationException)
            {
                // Skipping the check would only move the proxy's refusal to the first call.
                return record;
            }

            record.ErrorDetails = new ErrorDetails($"{record.ErrorDetails.Message} {SkipCheckAdvice}")
            {
                RecommendedAction = $"{record.ErrorDetails.RecommendedAction} {SkipCheckAdvice}",
            };
            return record;
        }

        private static ErrorRecord Unauthorized(AgilantApiException refused, AgilantSession session, bool sandboxByDefault)
        {
            string advice = sandboxByDefault
                ? "Check the public and secret keys. Without -Environment or -BaseUri the Sandbox is used: for Production keys, add -Environment Production."
                : $"Check the public and secret keys, and that they belong to {Where(session)}.";
            return new ErrorRecord(refused, "Agilant.Unauthorized", ErrorCategory.AuthenticationError, session.BaseUri)
            {
                ErrorDetails = new ErrorDetails($"{Where(session)} refused the keys of public key {session.PublicKey}: {refused.Message} {advice}")
                {
                    RecommendedAction = advice,
                },
            };
        }
    }
}
