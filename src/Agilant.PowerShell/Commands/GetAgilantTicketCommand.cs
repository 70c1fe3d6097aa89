using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantTicket", DefaultParameterSetName = nameof(TicketNumber), HelpUri = OnlineHelp.Pages + "Get-AgilantTicket.md")]
    [OutputType(typeof(Ticket))]
    public sealed class GetAgilantTicketCommand : KeyedGetCmdlet<int>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(TicketNumber))]
        [ArgumentCompleter(typeof(TicketNumberCompleter))]
        public int[] TicketNumber { get; set; } = Array.Empty<int>();

        protected override string KeyParameter => nameof(TicketNumber);

        protected override string KeyNoun => "ticket number";

        protected override IEnumerable<int> NamedKeys => TicketNumber;

        protected override void ProcessKey(int number, object target)
        {
            ReadInOrder(token => Client.Tickets.GetAsync(number, token), WriteObject, target, KeyNoun);
        }
    }
}
