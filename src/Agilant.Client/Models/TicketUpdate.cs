using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>The body of PUT /ticket/{ticketNumber}: only the fields that were set are sent.</summary>
    public sealed class TicketUpdate
    {
        public Optional<TicketPriority?> Priority { get; set; }

        public Optional<TicketStatus?> Status { get; set; }

        public Optional<string?> FirstName { get; set; }

        public Optional<string?> LastName { get; set; }

        public Optional<string?> EmailAddress { get; set; }

        public Optional<string?> PhoneNumber { get; set; }

        public Optional<string?> Subject { get; set; }

        public Optional<string?> Message { get; set; }

        [JsonIgnore]
        public bool IsEmpty => !new IOptional[] { Priority, Status, FirstName, LastName, EmailAddress, PhoneNumber, Subject, Message }.Any(member => member.HasValue);
    }
}
