using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes the -LineNumber of a line (a service, an order item) from the lines seen: of the owner and SKU on the command line, when it gives them.</summary>
    public abstract class LineNumberCompleter : SeenKeyCompleter
    {
        private readonly LineRecords lines;

        private protected LineNumberCompleter(LineRecords lines) => this.lines = lines;

        protected override IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound)
        {
            string[] skus = BoundParameters.Texts(bound, "SkuNumber");
            return NewestOfEach(lines.Seen(seen, bound).Where(line => IsAmong(line.Key, skus)), Number)
                .Select(line => new Candidate(Number(line), lines.ToolTip(line)));
        }

        private static string Number(SeenRecord line) => line.LineNumber.ToString(CultureInfo.InvariantCulture);
    }
}
