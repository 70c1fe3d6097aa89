using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantAgentLink", HelpUri = OnlineHelp.Pages + "Get-AgilantAgentLink.md")]
    [OutputType(typeof(AgentLink))]
    public sealed class GetAgilantAgentLinkCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] AccountId { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string id in AccountId)
            {
                try
                {
                    WriteObject(Await(token => Client.Accounts.GetAgentLinkAsync(id, token)));
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, id, "account id");
                }
            }
        }
    }
}
