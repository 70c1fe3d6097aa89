using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Remove, "AgilantAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = OnlineHelp.Pages + "Remove-AgilantAccount.md")]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantAccountCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AccountId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string id in Id)
            {
                ChangeRecord(
                    $"Account {id}",
                    "Delete the account and cancel its outstanding subscriptions",
                    token => Client.Accounts.DeleteAsync(id, token),
                    id,
                    "account id");
            }
        }
    }
}
