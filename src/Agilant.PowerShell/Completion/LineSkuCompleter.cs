using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes the -SkuNumber of a line (a service, an order item) from the lines seen: those of the owner on the command line, when it gives one.</summary>
    public abstract class LineSkuCompleter : SeenKeyCompleter
    {
        private readonly LineRecords lines;

        private protected LineSkuCompleter(LineRecords lines) => this.lines = lines;

        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound) =>
            NewestOfEach(lines.Seen(seen, bound), line => line.Key)
                .Select(line => new Candidate(line.Key, lines.ToolTip(line)));
    }
}
