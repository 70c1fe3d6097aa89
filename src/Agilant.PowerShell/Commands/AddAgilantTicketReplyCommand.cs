using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Tickets;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Only the ticket number is read from what is piped: a piped ticket has an EmailAddress and a Message of its
    /// own, which must not become the reply's.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "AgilantTicketReply", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(TicketNumber), HelpUri = OnlineHelp.Pages + "Add-AgilantTicketReply.md")]
    [OutputType(typeof(TicketReply))]
    public sealed class AddAgilantTicketReplyCommand : PipedKeyCmdlet<int>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(TicketNumber))]
        [ArgumentCompleter(typeof(TicketNumberCompleter))]
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

        protected override string KeyParameter => nameof(TicketNumber);

        protected override string KeyNoun => "ticket number";

        protected override IEnumerable<int> NamedKeys => TicketNumber;

        protected override void ProcessKey(int number, object target)
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
                () => TicketsClient.AddReplyRequest(number, reply),
                token => Client.Tickets.AddReplyAsync(number, reply, token),
                target,
                KeyNoun,
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
