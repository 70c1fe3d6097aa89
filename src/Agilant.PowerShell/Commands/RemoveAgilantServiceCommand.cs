using System.Management.Automation;
using Agilant.Client.Services;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Remove, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = OnlineHelp.Pages + "Remove-AgilantService.md")]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantServiceCommand : ServiceKeyCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeRecord(
                ServiceTarget,
                "Remove",
                () => ServicesClient.DeleteRequest(AccountId, SkuNumber, LineNumber),
                token => Client.Services.DeleteAsync(AccountId, SkuNumber, LineNumber, token),
                ServiceErrorTarget,
                "account id, SKU and line number");
    }
}
