using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes an order item's -LineNumber from the items seen: of the order and SKU on the command line, when it gives them.</summary>
    public sealed class OrderItemLineCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound)
        {
            string[] orders = BoundParameters.Texts(bound, "Number");
            string[] skus = BoundParameters.Texts(bound, "SkuNumber");
            return NewestOfEach(
                    seen.OrderItems.Newest().Where(item => IsAmong(item.Owner, orders) && IsAmong(item.Key, skus)),
                    item => item.LineNumber.ToString(CultureInfo.InvariantCulture))
                .Select(item => new Candidate(item.LineNumber.ToString(CultureInfo.InvariantCulture), SeenTooltips.OrderItem((OrderItem)item.Record)));
        }
    }
}
