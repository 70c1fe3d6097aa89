using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes a service's -SkuNumber from the services seen: those of the account on the command line, when it gives one.</summary>
    public sealed class ServiceSkuCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound)
        {
            string[] accounts = BoundParameters.Texts(bound, "AccountId");
            return NewestOfEach(seen.Services.Newest().Where(service => IsAmong(service.Owner, accounts)), service => service.Key)
                .Select(service => new Candidate(service.Key, SeenTooltips.Service((Service)service.Record)));
        }
    }
}
