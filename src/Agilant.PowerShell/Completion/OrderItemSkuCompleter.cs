using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes an order item's -SkuNumber from the items seen: those of the order on the command line, when it gives one.</summary>
    public sealed class OrderItemSkuCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound)
        {
            string[] orders = BoundParameters.Texts(bound, "Number");
            return NewestOfEach(seen.OrderItems.Newest().Where(item => IsAmong(item.Owner, orders)), item => item.Key)
                .Select(item => new Candidate(item.Key, SeenTooltips.OrderItem((OrderItem)item.Record)));
        }
    }
}
