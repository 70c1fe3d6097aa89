using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client;
using Agilant.PowerShell.Session;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>A cmdlet that calls the APIs, through -Session or the session Connect-Agilant made the default.</summary>
    public abstract class AgilantApiCmdlet : AgilantCmdlet
    {
        private AgilantSession? resolved;

        /// <summary>The session to use instead of the default one.</summary>
        [Parameter]
        [ValidateNotNull]
        public AgilantSession? Session { get; set; }

        /// <summary>The client of the session; found when first needed, so that -WhatIf alone needs no connection.</summary>
        protected AgilantClient Client => (resolved ??= ResolveSession()).Client;

        /// <summary>
        /// The partial update every Set- cmdlet makes: asks (-WhatIf, -Confirm), sends the named fields, and with
        /// -PassThru writes the record as the API has it afterwards; a failure is that record's error.
        /// </summary>
        /// <param name="target">What ShouldProcess names, e.g. "Order 89023475".</param>
        /// <param name="errorTarget">The error's target: what the user gave to name the record.</param>
        /// <param name="subject">What names the record in advice, e.g. "order number".</param>
        protected void UpdateRecord<T>(
            string target,
            Func<CancellationToken, Task> update,
            bool passThru,
            Func<CancellationToken, Task<T>> readBack,
            object errorTarget,
            string subject)
        {
            if (!ShouldProcess(target, "Update"))
            {
                return;
            }

            try
            {
                Await(update);
                if (passThru)
                {
                    WriteObject(Await(readBack));
                }
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, errorTarget, subject);
            }
        }

        private AgilantSession ResolveSession()
        {
            AgilantSession? session = Session ?? DefaultSessions.Current;
            if (session is null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException(
                        "Not connected to Agilant. Run Connect-Agilant first (given no keys, it reads AGILANT_PUBLIC_KEY and AGILANT_SECRET_KEY from the environment), or give -Session."),
                    "Agilant.NotConnected",
                    ErrorCategory.InvalidOperation,
                    null));
            }

            if (!session!.IsConnected)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException($"The session {session} was ended by Disconnect-Agilant. Run Connect-Agilant again."),
                    "Agilant.SessionDisconnected",
                    ErrorCategory.InvalidOperation,
                    session));
            }

            return session;
        }
    }
}
