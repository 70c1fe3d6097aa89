using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>The account of PUT /account/{id}: only the fields that were set are sent.</summary>
    public sealed class AccountUpdate
    {
        /// <summary>A new id for the account.</summary>
        public Optional<string?> Id { get; set; }

        public Optional<string?> FirstName { get; set; }

        public Optional<string?> LastName { get; set; }

        public Optional<string?> EmailAddress { get; set; }

        public Optional<string?> PhoneNumber { get; set; }

        public Optional<string?> BusinessName { get; set; }

        [JsonIgnore]
        public bool IsEmpty => !new IOptional[] { Id, FirstName, LastName, EmailAddress, PhoneNumber, BusinessName }.Any(member => member.HasValue);
    }
}
