using System.Management.Automation;
using Agilant.PowerShell.Completion;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A cmdlet acting on one service, picked by account id, SKU and line number, which pipe in from Get-AgilantService;
    /// an error names the piped service, or the key when the service was named on the command line.
    /// </summary>
    public abstract class ServiceKeyCmdlet : AgilantRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string AccountId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Sku")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServiceSkuCompleter))]
        public string SkuNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        [ArgumentCompleter(typeof(ServiceLineCompleter))]
        public int LineNumber { get; set; }

        protected string ServiceTarget => $"Service {SkuNumber} line {LineNumber} of account {AccountId}";

        protected object ServiceErrorTarget => RowOr($"{AccountId}/{SkuNumber}/{LineNumber}");
    }
}
