using System;
using System.Management.Automation;
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
