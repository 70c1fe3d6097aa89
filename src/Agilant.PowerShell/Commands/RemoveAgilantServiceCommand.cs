using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Remove, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantServiceCommand : ServiceKeyCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!ShouldProcess(ServiceTarget, "Remove"))
            {
                return;
            }

            try
            {
                Await(token => Client.Services.DeleteAsync(AccountId, SkuNumber, LineNumber, token));
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, ServiceErrorTarget, "account id, SKU and line number");
            }
        }
    }
}
