using System;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Services;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes only the fields named on the command line; a date given as $null is sent as null (no cancellation,
    /// no renewal). The keys bind from the pipeline, so services from Get-AgilantService pipe in.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = OnlineHelp.Pages + "Set-AgilantService.md")]
    [OutputType(typeof(Service))]
    public sealed class SetAgilantServiceCommand : ServiceKeyCmdlet
    {
        [Parameter]
        public DateTime? PurchaseDate { get; set; }

        [Parameter]
        [AllowNull]
        public DateTime? CancellationDate { get; set; }

        [Parameter]
        [AllowNull]
        public DateTime? RenewalDate { get; set; }

        [Parameter]
        [AllowNull]
        public DateTime? ExpirationDate { get; set; }

        [Parameter]
        public string? StoreNumber { get; set; }

        [Parameter]
        public string? AssociateId { get; set; }

        [Parameter]
        public string? TransactionId { get; set; }

        [Parameter]
        public string? InvoiceNumber { get; set; }

        [Parameter]
        public string? Comment { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (Update(1).IsEmpty)
            {
                ThrowUsageError(
                    "Nothing to change: name at least one of -PurchaseDate, -CancellationDate, -RenewalDate, -ExpirationDate, -StoreNumber, -AssociateId, -TransactionId, -InvoiceNumber or -Comment.",
                    "Agilant.NothingToChange");
            }
        }

        protected override void ProcessRecord()
        {
            UpdateRecord(
                ServiceTarget,
                () => ServicesClient.UpdateRequest(AccountId, SkuNumber, Update(LineNumber)),
                token => Client.Services.UpdateAsync(AccountId, SkuNumber, Update(LineNumber), token),
                PassThru,
                async token =>
                {
                    Account account = await Client.Accounts.GetAsync(AccountId, token).ConfigureAwait(false);
                    return account.Services.FirstOrDefault(service => service.SkuNumber == SkuNumber && service.LineNumber == LineNumber);
                },
                ServiceErrorTarget,
                "account id, SKU and line number");
        }

        private ServiceUpdate Update(int lineNumber) => new ServiceUpdate(lineNumber)
        {
            PurchaseDate = Bound(nameof(PurchaseDate), PurchaseDate),
            CancellationDate = Bound(nameof(CancellationDate), CancellationDate),
            RenewalDate = Bound(nameof(RenewalDate), RenewalDate),
            ExpirationDate = Bound(nameof(ExpirationDate), ExpirationDate),
            StoreNumber = Bound(nameof(StoreNumber), StoreNumber),
            AssociateId = Bound(nameof(AssociateId), AssociateId),
            TransactionId = Bound(nameof(TransactionId), TransactionId),
            InvoiceNumber = Bound(nameof(InvoiceNumber), InvoiceNumber),
            Comment = Bound(nameof(Comment), Comment),
        };
    }
}
