using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes -Id and -AccountId from the accounts (and services) the session has read or written, with the holders' names.</summary>
    public sealed class AccountIdCompleter : SeenKeyCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound) =>
            seen.Accounts.Newest().Select(account => new Candidate(account.Key, SeenTooltips.Account(account.Record)));
    }
}
