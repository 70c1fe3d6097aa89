using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantAccount", HelpUri = OnlineHelp.Pages + "Get-AgilantAccount.md")]
    [OutputType(typeof(Account))]
    public sealed class GetAgilantAccountCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AccountId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string id in Id)
            {
                try
                {
                    WriteObject(Await(token => Client.Accounts.GetAsync(id, token)));
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, id, "account id");
                }
            }
        }
    }
}
