using System;
using System.Collections;
using System.Management.Automation;
using System.Runtime.CompilerServices;
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
        /// <param name="request">The request <paramref name="change"/> sends, as the client builds it: -WhatIf shows it.</param>
        /// <param name="errorTarget">The error's target: the piped record, or what the user gave to name it.</param>
        /// <param name="subject">What names the record in advice, e.g. "order number".</param>
        protected void ChangeRecord(
            string target,
            string action,
            Func<AgilantRequest> request,
            Func<CancellationToken, Task> change,
            object errorTarget,
            string subject,
            Action? afterwards = null)
        {
            try
            {
                if (!ShouldSend(target, action, request))
                {
                    return;
                }

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
            Func<AgilantRequest> request,
            Func<CancellationToken, Task> update,
            bool passThru,
            Func<CancellationToken, Task<T>> readBack,
            object errorTarget,
            string subject) =>
            ChangeRecord(target, "Update", request, update, errorTarget, subject, passThru ? () => WriteObject(Await(readBack)) : (Action?)null);

        /// <summary>
        /// ShouldProcess that, under -WhatIf, also shows the request the change would send (its method, address and
        /// body; never a signature, which only sending makes). The request is built only then, where it is shown.
        /// </summary>
        /// <param name="request">The request as the client builds it for the call: what is shown is what would be sent.</param>
        protected bool ShouldSend(string target, string action, Func<AgilantRequest> request)
        {
            if (!WhatIfWanted())
            {
                return ShouldProcess(target, action);
            }

            string sentence = $"Performing the operation \"{action}\" on target \"{target}\".";
            return ShouldProcess(sentence + Environment.NewLine + DescribeRequest(request()), null, null);
        }

        /// <summary>A request as -WhatIf shows it: with the session's base URI when there is one, else its route alone.</summary>
        protected string DescribeRequest(AgilantRequest request) => request.Describe(KnownBaseUri());

        /// <summary>The request line alone, e.g. "POST https://api.beta.agilantsolutions.com/account".</summary>
        protected string RequestLine(AgilantRequest request) => request.RequestLine(KnownBaseUri());

        /// <summary>Whether -WhatIf (or $WhatIfPreference) is in effect, as PowerShell decides it for ShouldProcess.</summary>
        protected bool WhatIfWanted() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? given)
                ? given is SwitchParameter { IsPresent: true }
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        /// <summary>
        /// The record as the server holds it, read back after a change the API answers without it. A read that fails
        /// or finds nothing is a warning, not the record's error: the change itself was made, and the record as sent
        /// is written instead.
        /// </summary>
        /// <param name="done">What was done, e.g. "Ticket 10000003 was created".</param>
        /// <param name="readAgain">The command that reads it later, e.g. "Get-AgilantTicket 10000003".</param>
        protected T ReadBackOr<T>(Func<CancellationToken, Task<T?>> readBack, Func<T> asSent, string done, string readAgain)
            where T : class
        {
            string problem;
            try
            {
                T? held = Await(readBack);
                if (held is not null)
                {
                    return held;
                }

                problem = "it was not found when read back.";
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                problem = "reading it back failed: " + failure.Message;
            }

            WarnNotReadBack(done, problem, readAgain);
            return asSent();
        }

        /// <summary>Says that a change was made but its record could not be read back, and how to read it later.</summary>
        protected void WarnNotReadBack(string done, string problem, string readAgain) =>
            WriteWarning($"{done}, but {problem} The output shows it as sent; {readAgain} reads it as the server holds it.");

        /// <summary>
        /// Writes a record, and remembers it in the session for tab completion: the one place every record a cmdlet
        /// read or wrote passes, on the pipeline thread.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        protected new void WriteObject(object? sendToPipeline)
        {
            resolved?.Seen.Saw(sendToPipeline);
            base.WriteObject(sendToPipeline);
        }

        protected new void WriteObject(object? sendToPipeline, bool enumerateCollection)
        {
            if (enumerateCollection && sendToPipeline is IEnumerable records && !(sendToPipeline is string))
            {
                foreach (object record in records)
                {
                    WriteObject(record);
                }

                return;
            }

            WriteObject(sendToPipeline);
        }

        /// <summary>Where the session in use would send; null with no session, which -WhatIf does not need.</summary>
        private Uri? KnownBaseUri() =>
            (Session ?? DefaultSessions.Current) is { IsConnected: true } session ? session.BaseUri : null;

        [MethodImpl(HotPath.Optimized)]
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
