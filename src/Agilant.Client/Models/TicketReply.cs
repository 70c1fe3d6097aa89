using System;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>A reply on a ticket; it carries its ticket's number so that it pipes onward on its own.</summary>
    public sealed class TicketReply
    {
        [JsonIgnore]
        public int TicketNumber { get; set; }

        public DateTimeOffset? RepliedOn { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? EmailAddress { get; set; }

        public string? Message { get; set; }

        public override string ToString() => Message ?? string.Empty;
    }
}
