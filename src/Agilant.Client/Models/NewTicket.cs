namespace Agilant
{
    /// <summary>The body of POST /ticket; fields left null are not sent.</summary>
    public sealed class NewTicket
    {
        public NewTicket(string emailAddress, string subject, string message)
        {
            EmailAddress = emailAddress;
            Subject = subject;
            Message = message;
        }

        public TicketPriority? Priority { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string EmailAddress { get; }

        public string? PhoneNumber { get; set; }

        public string Subject { get; }

        public string Message { get; }
    }
}
