using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantTicket", HelpUri = OnlineHelp.Pages + "Get-AgilantTicket.md")]
    [OutputType(typeof(Ticket))]
    public sealed class GetAgilantTicketCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public int[] TicketNumber { get; set; } = Array.Empty<int>();

        protected override void ProcessRecord()
        {
            foreach (int number in TicketNumber)
            {
                try
                {
                    WriteObject(Await(token => Client.Tickets.GetAsync(number, token)));
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, number, "ticket number");
                }
            }
        }
    }
}
