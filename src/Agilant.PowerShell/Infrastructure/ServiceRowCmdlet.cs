using System;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>A row-creating cmdlet whose rows may carry a service as columns: the service fields other than its SKU and purchase date.</summary>
    public abstract class ServiceRowCmdlet : WholeRowCmdlet
    {
        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        [ValidateLineNumber]
        public int? LineNumber { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public DateTime? CancellationDate { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public DateTime? RenewalDate { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public DateTime? ExpirationDate { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? StoreNumber { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? AssociateId { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? TransactionId { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? InvoiceNumber { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? Comment { get; set; }

        /// <summary>The row's service; blank text fields (empty CSV cells) are left out.</summary>
        [MethodImpl(HotPath.Optimized)]
        protected NewService ServiceFromRow(string skuNumber, DateTime purchaseDate) => new NewService(skuNumber.Trim(), purchaseDate)
        {
            LineNumber = LineNumber,
            CancellationDate = CancellationDate,
            RenewalDate = RenewalDate,
            ExpirationDate = ExpirationDate,
            StoreNumber = Blank(StoreNumber),
            AssociateId = Blank(AssociateId),
            TransactionId = Blank(TransactionId),
            InvoiceNumber = Blank(InvoiceNumber),
            Comment = Blank(Comment),
        };

        protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
