using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Tickets;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes only the fields named on the command line, or in the cells of a piped row (Import-Csv of what Export-Csv
    /// wrote); a piped ticket gives only its number (<see cref="PipedChangeCmdlet{TKey, TUpdate}"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantTicket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(TicketNumber), HelpUri = OnlineHelp.Pages + "Set-AgilantTicket.md")]
    [OutputType(typeof(Ticket))]
    public sealed class SetAgilantTicketCommand : PipedChangeCmdlet<int, TicketUpdate>
    {
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

        protected override string NothingToChange =>
            "Nothing to change: name at least one of -Status, -Priority, -Subject, -Message, -FirstName, -LastName, -EmailAddress or -PhoneNumber.";

        protected override TicketUpdate Changes(ChangeFields given) => new TicketUpdate
        {
            Status = given.Field<TicketStatus?>(nameof(Status), Status),
            Priority = given.Field<TicketPriority?>(nameof(Priority), Priority),
            Subject = given.Field(nameof(Subject), Subject),
            Message = given.Field(nameof(Message), Message),
            FirstName = given.Field(nameof(FirstName), FirstName),
            LastName = given.Field(nameof(LastName), LastName),
            EmailAddress = given.Field(nameof(EmailAddress), EmailAddress),
            PhoneNumber = given.Field(nameof(PhoneNumber), PhoneNumber),
        };

        protected override bool IsEmpty(TicketUpdate update) => update.IsEmpty;

        protected override void Change(int number, TicketUpdate update, object target) =>
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
