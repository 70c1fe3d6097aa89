using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;
using Agilant.PowerShell.Session;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommunications.Disconnect, "Agilant", HelpUri = OnlineHelp.Pages + "Disconnect-Agilant.md")]
    [OutputType(typeof(void))]
    public sealed class DisconnectAgilantCommand : AgilantCmdlet
    {
        /// <summary>The session to end; when not given, the default session this runspace uses (its own, else the process's).</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public AgilantSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            AgilantSession? ended = Session ?? DefaultSessions.Current;
            if (ended is null)
            {
                WriteVerbose("Not connected: there was no session to end.");
                return;
            }

            DefaultSessions.Forget(ended);
            ended.Disconnect();
            WriteVerbose($"Disconnected {ended}.");
        }
    }
}
