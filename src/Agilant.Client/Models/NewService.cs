using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
        [MethodImpl(HotPath.Optimized)]
        public IEnumerable<string> Problems()
        {
            bool withoutSku = string.IsNullOrWhiteSpace(SkuNumber);
            bool lineBelowOne = LineNumber is int line && line < 1;
            if (!withoutSku && !lineBelowOne)
            {
                return Array.Empty<string>();
            }

            var problems = new List<string>(2);
            if (withoutSku)
            {
                problems.Add("A service needs a SkuNumber.");
            }

            if (lineBelowOne)
            {
                problems.Add($"LineNumber {LineNumber} must be 1 or more.");
            }

            return problems;
        }
    }
}
