using System;

namespace Agilant
{
    /// <summary>The body of POST /ticket/{ticketNumber}/reply; fields left null are not sent (the server dates the reply).</summary>
    public sealed class NewTicketReply
    {
        public NewTicketReply(string emailAddress, string message)
        {
            EmailAddress = emailAddress;
            Message = message;
        }

        public DateTimeOffset? RepliedOn { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string EmailAddress { get; }

        public string Message { get; }
    }
}
