using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Only the ticket number binds from the pipeline: a piped ticket has an EmailAddress and a Message of its
    /// own, which must not become the reply's.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "AgilantTicketReply", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = OnlineHelp.Pages + "Add-AgilantTicketReply.md")]
    [OutputType(typeof(TicketReply))]
    public sealed class AddAgilantTicketReplyCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public int[] TicketNumber { get; set; } = Array.Empty<int>();

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Message { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [Alias("Email")]
        [ValidateNotNullOrEmpty]
        public string EmailAddress { get; set; } = string.Empty;

        [Parameter]
        public string? FirstName { get; set; }

        [Parameter]
        public string? LastName { get; set; }

        [Parameter]
        public DateTimeOffset RepliedOn { get; set; }

        protected override void ProcessRecord()
        {
            foreach (int number in TicketNumber)
            {
                AddReply(number);
            }
        }

        private void AddReply(int number)
        {
            var reply = new NewTicketReply(EmailAddress, Message)
            {
                RepliedOn = IsBound(nameof(RepliedOn)) ? RepliedOn : null,
                FirstName = FirstName,
                LastName = LastName,
            };
            ChangeRecord(
                $"Ticket {number}",
                "Add a reply",
                token => Client.Tickets.AddReplyAsync(number, reply, token),
                number,
                "ticket number",
                () => WriteObject(ReadBackOr(
                    token => Client.Tickets.ReadReplyAsync(number, reply, token),
                    () => AsSent(number, reply),
                    $"The reply to ticket {number} was added",
                    $"(Get-AgilantTicket {number}).Replies")));
        }

        private static TicketReply AsSent(int number, NewTicketReply reply) => new TicketReply
        {
            TicketNumber = number,
            RepliedOn = reply.RepliedOn,
            FirstName = reply.FirstName,
            LastName = reply.LastName,
            EmailAddress = reply.EmailAddress,
            Message = reply.Message,
        };
    }
}
