using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes -Number (an order) from the orders (and items) the session has read or written, with their contacts and statuses.</summary>
    public sealed class OrderNumberCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound) =>
            seen.Orders.Newest().Select(order => new Candidate(order.Key, SeenTooltips.Order(order.Record)));
    }
}
