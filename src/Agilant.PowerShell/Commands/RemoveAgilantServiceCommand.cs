using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Remove, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantServiceCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string AccountId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Sku")]
        [ValidateNotNullOrEmpty]
        public string SkuNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        public int LineNumber { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"Service {SkuNumber} line {LineNumber} of account {AccountId}", "Remove"))
            {
                return;
            }

            try
            {
                Await(token => Client.Services.DeleteAsync(AccountId, SkuNumber, LineNumber, token));
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, $"{AccountId}/{SkuNumber}/{LineNumber}", "account id, SKU and line number");
            }
        }
    }
}
