using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>
    /// The records that are lines of another, kept under their SKU with a line number: an account's services, an order's
    /// items. Each kind says where a session keeps it, which parameter names its owner, and what its tooltip says.
    /// </summary>
    internal sealed class LineRecords
    {
        private readonly Func<RecentRecords, RecentKeys> kept;
        private readonly string ownerParameter;
        private readonly Func<object, string> toolTip;

        private LineRecords(Func<RecentRecords, RecentKeys> kept, string ownerParameter, Func<object, string> toolTip)
        {
            this.kept = kept;
            this.ownerParameter = ownerParameter;
            this.toolTip = toolTip;
        }

        public static LineRecords Services { get; } = new LineRecords(seen => seen.Services, "AccountId", record => SeenTooltips.Service((Service)record));

        public static LineRecords OrderItems { get; } = new LineRecords(seen => seen.OrderItems, "Number", record => SeenTooltips.OrderItem((OrderItem)record));

        /// <summary>The lines seen, newest first: those of the owner on the command line, when it names one.</summary>
        public IEnumerable<SeenRecord> Seen(RecentRecords seen, IDictionary bound)
        {
            string[] owners = BoundParameters.Texts(bound, ownerParameter);
            return kept(seen).Newest().Where(line => SeenKeyCompleter.IsAmong(line.Owner, owners));
        }

        public string ToolTip(SeenRecord line) => toolTip(line.Record);
    }
}
