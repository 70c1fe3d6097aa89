using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>A service on an account; it carries its account's id so that it pipes onward on its own.</summary>
    public sealed class Service
    {
        [JsonIgnore]
        public string AccountId { get; set; } = string.Empty;

        public int LineNumber { get; set; }

        public string SkuNumber { get; set; } = string.Empty;

        public ServiceStatus? Status { get; set; }

        public DateTime? PurchaseDate { get; set; }

        /// <summary>The day the service will be cancelled; empty when it will not be.</summary>
        public DateTime? CancellationDate { get; set; }

        /// <summary>The day the service renews; empty when it will not renew and ends on its expiration date.</summary>
        public DateTime? RenewalDate { get; set; }

        public DateTime? ExpirationDate { get; set; }

        public string? StoreNumber { get; set; }

        public string? AssociateId { get; set; }

        public string? TransactionId { get; set; }

        public string? InvoiceNumber { get; set; }

        public string? Comment { get; set; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} #{1}", SkuNumber, LineNumber);
    }
}
