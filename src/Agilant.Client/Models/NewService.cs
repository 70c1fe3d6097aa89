using System;
using System.Collections.Generic;

namespace Agilant
{
    /// <summary>A service to create, on a new account or on an existing one; fields left null are not sent.</summary>
    public sealed class NewService
    {
        public NewService(string skuNumber, DateTime purchaseDate)
        {
            SkuNumber = skuNumber;
            PurchaseDate = purchaseDate;
        }

        /// <summary>Left to the API (the next free number) when null.</summary>
        public int? LineNumber { get; set; }

        public string SkuNumber { get; }

        public DateTime PurchaseDate { get; }

        public DateTime? CancellationDate { get; set; }

        public DateTime? RenewalDate { get; set; }

        public DateTime? ExpirationDate { get; set; }

        public string? StoreNumber { get; set; }

        public string? AssociateId { get; set; }

        public string? TransactionId { get; set; }

        public string? InvoiceNumber { get; set; }

        public string? Comment { get; set; }

        /// <summary>What the API would refuse in this service, found before anything is sent.</summary>
        public IEnumerable<string> Problems()
        {
            if (string.IsNullOrWhiteSpace(SkuNumber))
            {
                yield return "A service needs a SkuNumber.";
            }

            if (LineNumber is int line && line < 1)
            {
                yield return $"LineNumber {line} must be 1 or more.";
            }
        }
    }
}
