using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>The order of PUT /order/{number}: only the fields that were set are sent, items by line number.</summary>
    public sealed class OrderUpdate
    {
        public Optional<string?> FirstName { get; set; }

        public Optional<string?> LastName { get; set; }

        public Optional<string?> EmailAddress { get; set; }

        public Optional<string?> PhoneNumber { get; set; }

        public Optional<string?> BusinessName { get; set; }

        public Optional<string?> LoyaltyId { get; set; }

        public Optional<string?> StoreNumber { get; set; }

        public Optional<string?> AssociateId { get; set; }

        public Optional<AddressUpdate?> BillTo { get; set; }

        public Optional<AddressUpdate?> ShipTo { get; set; }

        /// <summary>The items to change; left out when null.</summary>
        [JsonPropertyName("item")]
        public IReadOnlyList<OrderItemUpdate>? Items { get; set; }

        [JsonIgnore]
        public bool IsEmpty =>
            (Items is null || Items.Count == 0)
            && !new IOptional[] { FirstName, LastName, EmailAddress, PhoneNumber, BusinessName, LoyaltyId, StoreNumber, AssociateId, BillTo, ShipTo }
                .Any(member => member.HasValue);
    }
}
