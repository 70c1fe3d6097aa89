using System;
using System.Linq;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>The services of accounts: the API has no service route to read, so this reads each account and filters it here.</summary>
    [Cmdlet(VerbsCommon.Get, "AgilantService", HelpUri = OnlineHelp.Pages + "Get-AgilantService.md")]
    [OutputType(typeof(Service))]
    public sealed class GetAgilantServiceCommand : AgilantApiCmdlet
    {
        private WildcardPattern[] skuPatterns = Array.Empty<WildcardPattern>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] AccountId { get; set; } = Array.Empty<string>();

        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? SkuNumber { get; set; }

        [Parameter]
        public ServiceStatus[]? Status { get; set; }

        protected override void BeginProcessing() =>
            skuPatterns = (SkuNumber ?? Array.Empty<string>()).Select(sku => new WildcardPattern(sku, WildcardOptions.IgnoreCase)).ToArray();

        protected override void ProcessRecord()
        {
            foreach (string id in AccountId)
            {
                try
                {
                    Account account = Await(token => Client.Accounts.GetAsync(id, token));
                    WriteObject(account.Services.Where(Wanted), enumerateCollection: true);
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, id, "account id");
                }
            }
        }

        private bool Wanted(Service service) =>
            (skuPatterns.Length == 0 || skuPatterns.Any(pattern => pattern.IsMatch(service.SkuNumber)))
            && (Status is null || (service.Status is ServiceStatus status && Status.Contains(status)));
    }
}
