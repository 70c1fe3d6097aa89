using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes -TicketNumber from the tickets the session has read or written, with their subjects.</summary>
    public sealed class TicketNumberCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound) =>
            seen.Tickets.Newest().Select(ticket => new Candidate(ticket.Key, SeenTooltips.Ticket((Ticket)ticket.Record)));
    }
}
