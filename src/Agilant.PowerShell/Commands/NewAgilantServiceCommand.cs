using System;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Services;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>Adds a service to an account (one a call, as the API takes them) and returns it as the API then has it.</summary>
    [Cmdlet(VerbsCommon.New, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ParametersSet, HelpUri = OnlineHelp.Pages + "New-AgilantService.md")]
    [OutputType(typeof(Service))]
    public sealed class NewAgilantServiceCommand : ServiceRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string AccountId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Sku")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServiceSkuCompleter))]
        public string SkuNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        public DateTime PurchaseDate { get; set; }

        protected override void ProcessRecord()
        {
            if (!ReadRow())
            {
                return;
            }

            NewService service = ServiceFromRow(SkuNumber, PurchaseDate);
            string problems = string.Join(" ", service.Problems());
            if (problems.Length > 0)
            {
                WriteRowError(problems, RowOr(service));
                return;
            }

            try
            {
                if (!ShouldSend($"Account {AccountId}", $"Add service {SkuNumber}", () => ServicesClient.CreateRequest(AccountId, service)))
                {
                    return;
                }

                Await(token => Client.Services.CreateAsync(AccountId, service, token));
                Account account = Await(token => Client.Accounts.GetAsync(AccountId, token));
                // The API does not say which line number it gave; the new service is the highest of its SKU.
                Service? added = account.Services
                    .Where(candidate => candidate.SkuNumber == SkuNumber && (LineNumber is null || candidate.LineNumber == LineNumber))
                    .OrderByDescending(candidate => candidate.LineNumber)
                    .FirstOrDefault();
                if (added is not null)
                {
                    WriteObject(added);
                }
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, RowOr(service), "account id");
            }
        }
    }
}
