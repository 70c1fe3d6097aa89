using System;
using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>
    /// The service of PUT /account/{id}/service/{skuNumber}: the line number that picks the service, and only the
    /// fields that were set. A date set to null is sent as null: no cancellation, no renewal, no expiration.
    /// </summary>
    public sealed class ServiceUpdate
    {
        public ServiceUpdate(int lineNumber) => LineNumber = lineNumber;

        public int LineNumber { get; }

        public Optional<DateTime?> PurchaseDate { get; set; }

        public Optional<DateTime?> CancellationDate { get; set; }

        public Optional<DateTime?> RenewalDate { get; set; }

        public Optional<DateTime?> ExpirationDate { get; set; }

        public Optional<string?> StoreNumber { get; set; }

        public Optional<string?> AssociateId { get; set; }

        public Optional<string?> TransactionId { get; set; }

        public Optional<string?> InvoiceNumber { get; set; }

        public Optional<string?> Comment { get; set; }

        [JsonIgnore]
        public bool IsEmpty => !new IOptional[]
        {
            PurchaseDate, CancellationDate, RenewalDate, ExpirationDate, StoreNumber, AssociateId, TransactionId, InvoiceNumber, Comment,
        }.Any(member => member.HasValue);
    }
}
