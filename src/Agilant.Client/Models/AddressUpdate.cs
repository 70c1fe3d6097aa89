using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>An address in an order update: only the fields that were set are sent; null clears one.</summary>
    public sealed class AddressUpdate
    {
        public Optional<string?> FirstName { get; set; }

        public Optional<string?> LastName { get; set; }

        public Optional<string?> BusinessName { get; set; }

        public Optional<string?> Address1 { get; set; }

        public Optional<string?> Address2 { get; set; }

        public Optional<string?> City { get; set; }

        public Optional<string?> State { get; set; }

        public Optional<string?> ZipCode { get; set; }

        [JsonIgnore]
        public bool IsEmpty => !new IOptional[] { FirstName, LastName, BusinessName, Address1, Address2, City, State, ZipCode }.Any(member => member.HasValue);
    }
}
