using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;
using Agilant.PowerShell.Session;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantSession", HelpUri = OnlineHelp.Pages + "Get-AgilantSession.md")]
    [OutputType(typeof(AgilantSession))]
    public sealed class GetAgilantSessionCommand : AgilantCmdlet
    {
        protected override void EndProcessing()
        {
            AgilantSession? session = DefaultSessions.Current;
            if (session is null)
            {
                WriteVerbose("Not connected: run Connect-Agilant.");
                return;
            }

            WriteObject(session);
        }
    }
}
