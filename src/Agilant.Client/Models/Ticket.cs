using System.Globalization;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>A TOGaDesk ticket as the Ticketing API returns it.</summary>
    public sealed class Ticket : IJsonOnDeserialized
    {
        public int TicketNumber { get; set; }

        public TicketStatus? Status { get; set; }

        public TicketPriority? Priority { get; set; }

        public string? Subject { get; set; }

        public string? Message { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? EmailAddress { get; set; }

        public string? PhoneNumber { get; set; }

        public RecordList<TicketReply> Replies { get; set; } = new RecordList<TicketReply>();

        void IJsonOnDeserialized.OnDeserialized()
        {
            Replies ??= new RecordList<TicketReply>();
            foreach (TicketReply reply in Replies)
            {
                reply.TicketNumber = TicketNumber;
            }
        }

        public override string ToString() => TicketNumber.ToString(CultureInfo.InvariantCulture);
    }
}
