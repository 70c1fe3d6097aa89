using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>The services of accounts: the API has no service route to read, so this reads each account and filters it here.</summary>
    [Cmdlet(VerbsCommon.Get, "AgilantService", DefaultParameterSetName = nameof(AccountId), HelpUri = OnlineHelp.Pages + "Get-AgilantService.md")]
    [OutputType(typeof(Service))]
    public sealed class GetAgilantServiceCommand : KeyedGetCmdlet<string>
    {
        private WildcardPattern[] skuPatterns = Array.Empty<WildcardPattern>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(AccountId))]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string[] AccountId { get; set; } = Array.Empty<string>();

        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServiceSkuCompleter))]
        public string[]? SkuNumber { get; set; }

        [Parameter]
        public ServiceStatus[]? Status { get; set; }

        protected override string KeyParameter => nameof(AccountId);

        protected override string KeyNoun => "account id";

        protected override IEnumerable<string> NamedKeys => AccountId;

        protected override void BeginProcessing() =>
            skuPatterns = (SkuNumber ?? Array.Empty<string>()).Select(sku => new WildcardPattern(sku, WildcardOptions.IgnoreCase)).ToArray();

        protected override void ProcessKey(string id, object target)
        {
            ReadInOrder(
                token => Client.Accounts.GetAsync(id, token),
                account => WriteObject(account.Services.Where(Wanted), enumerateCollection: true),
                target,
                KeyNoun);
        }

        private bool Wanted(Service service) =>
            (skuPatterns.Length == 0 || skuPatterns.Any(pattern => pattern.IsMatch(service.SkuNumber)))
            && (Status is null || (service.Status is ServiceStatus status && Status.Contains(status)));
    }
}
