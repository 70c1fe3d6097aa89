using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes a service's -LineNumber from the services seen: of the account and SKU on the command line, when it gives them.</summary>
    public sealed class ServiceLineCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound)
        {
            string[] accounts = BoundParameters.Texts(bound, "AccountId");
            string[] skus = BoundParameters.Texts(bound, "SkuNumber");
            return NewestOfEach(
                    seen.Services.Newest().Where(service => IsAmong(service.Owner, accounts) && IsAmong(service.Key, skus)),
                    service => service.LineNumber.ToString(CultureInfo.InvariantCulture))
                .Select(service => new Candidate(service.LineNumber.ToString(CultureInfo.InvariantCulture), SeenTooltips.Service((Service)service.Record)));
        }
    }
}
