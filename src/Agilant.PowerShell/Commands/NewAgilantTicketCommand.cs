using System;
using System.Management.Automation;
using Agilant.Client.Tickets;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.New, "AgilantTicket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ParametersSet, HelpUri = OnlineHelp.Pages + "New-AgilantTicket.md")]
    [OutputType(typeof(Ticket))]
    public sealed class NewAgilantTicketCommand : WholeRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [ValidateNotNullOrEmpty]
        public string Subject { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [ValidateNotNullOrEmpty]
        public string Message { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Email")]
        [ValidateNotNullOrEmpty]
        public string EmailAddress { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public TicketPriority? Priority { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? FirstName { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public string? LastName { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Phone")]
        [BlankMeansNotGiven]
        public string? PhoneNumber { get; set; }

        protected override void ProcessRecord()
        {
            if (!ReadRow())
            {
                return;
            }

            var ticket = new NewTicket(EmailAddress, Subject, Message)
            {
                Priority = Priority,
                FirstName = FirstName,
                LastName = LastName,
                PhoneNumber = PhoneNumber,
            };
            if (!ShouldSend($"Ticket \"{Subject}\" from {EmailAddress}", "Create", () => TicketsClient.CreateRequest(ticket)))
            {
                return;
            }

            try
            {
                int number = Await(token => Client.Tickets.CreateAsync(ticket, token));
                WriteObject(ReadBackOr<Ticket>(
                    async token => await Client.Tickets.GetAsync(number, token).ConfigureAwait(false),
                    () => AsSent(number, ticket),
                    $"Ticket {number} was created",
                    $"Get-AgilantTicket {number}"));
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, RowOr(ticket), "ticket");
            }
        }

        private static Ticket AsSent(int number, NewTicket ticket) => new Ticket
        {
            TicketNumber = number,
            Priority = ticket.Priority,
            Subject = ticket.Subject,
            Message = ticket.Message,
            FirstName = ticket.FirstName,
            LastName = ticket.LastName,
            EmailAddress = ticket.EmailAddress,
            PhoneNumber = ticket.PhoneNumber,
        };
    }
}
