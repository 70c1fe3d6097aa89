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
        /// What every cmdlet that changes a record does: asks (-WhatIf, -Confirm), makes the change, then runs
        /// <paramref name="afterwards"/>; a failure of either is that record's error and the pipeline goes on.
        /// </summary>
        /// <param name="target">What ShouldProcess names, e.g. "Order 89023475".</param>
        /// <param name="errorTarget">The error's target: the piped record, or what the user gave to name it.</param>
        /// <param name="subject">What names the record in advice, e.g. "order number".</param>
        protected void ChangeRecord(
            string target,
            string action,
            Func<CancellationToken, Task> change,
            object errorTarget,
            string subject,
            Action? afterwards = null)
        {
            if (!ShouldProcess(target, action))
            {
                return;
            }

            try
            {
                Await(change);
                afterwards?.Invoke();
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, errorTarget, subject);
            }
        }

        /// <summary>The partial update of every Set- cmdlet: with -PassThru, the record as the API has it afterwards.</summary>
        protected void UpdateRecord<T>(
            string target,
            Func<CancellationToken, Task> update,
            bool passThru,
            Func<CancellationToken, Task<T>> readBack,
            object errorTarget,
            string subject) =>
            ChangeRecord(target, "Update", update, errorTarget, subject, passThru ? () => WriteObject(Await(readBack)) : (Action?)null);

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
