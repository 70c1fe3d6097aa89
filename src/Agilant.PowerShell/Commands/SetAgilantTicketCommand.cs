using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Tickets;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes only the fields named on the command line. They do not bind from the pipeline: a piped ticket
    /// would otherwise send all its fields back, blanks included.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantTicket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(TicketNumber), HelpUri = OnlineHelp.Pages + "Set-AgilantTicket.md")]
    [OutputType(typeof(Ticket))]
    public sealed class SetAgilantTicketCommand : PipedKeyCmdlet<int>
    {
        private TicketUpdate update = new TicketUpdate();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(TicketNumber))]
        [ArgumentCompleter(typeof(TicketNumberCompleter))]
        public int[] TicketNumber { get; set; } = Array.Empty<int>();

        [Parameter]
        public TicketStatus Status { get; set; }

        [Parameter]
        public TicketPriority Priority { get; set; }

        [Parameter]
        public string? Subject { get; set; }

        [Parameter]
        public string? Message { get; set; }

        [Parameter]
        public string? FirstName { get; set; }

        [Parameter]
        public string? LastName { get; set; }

        [Parameter]
        [Alias("Email")]
        public string? EmailAddress { get; set; }

        [Parameter]
        [Alias("Phone")]
        public string? PhoneNumber { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string KeyParameter => nameof(TicketNumber);

        protected override string KeyNoun => "ticket number";

        protected override IEnumerable<int> NamedKeys => TicketNumber;

        protected override void BeginProcessing()
        {
            update = new TicketUpdate
            {
                Status = Bound<TicketStatus?>(nameof(Status), Status),
                Priority = Bound<TicketPriority?>(nameof(Priority), Priority),
                Subject = Bound(nameof(Subject), Subject),
                Message = Bound(nameof(Message), Message),
                FirstName = Bound(nameof(FirstName), FirstName),
                LastName = Bound(nameof(LastName), LastName),
                EmailAddress = Bound(nameof(EmailAddress), EmailAddress),
                PhoneNumber = Bound(nameof(PhoneNumber), PhoneNumber),
            };
            if (update.IsEmpty)
            {
                ThrowUsageError(
                    "Nothing to change: name at least one of -Status, -Priority, -Subject, -Message, -FirstName, -LastName, -EmailAddress or -PhoneNumber.",
                    "Agilant.NothingToChange");
            }
        }

        protected override void ProcessKey(int number, object target) =>
            UpdateRecord(
                $"Ticket {number}",
                () => TicketsClient.UpdateRequest(number, update),
                token => Client.Tickets.UpdateAsync(number, update, token),
                PassThru,
                token => Client.Tickets.GetAsync(number, token),
                target,
                KeyNoun);
    }
}
