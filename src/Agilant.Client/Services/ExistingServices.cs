using System.Collections.Generic;
using System.Linq;
using Agilant.Client.Http;

namespace Agilant.Client.Services
{
    /// <summary>
    /// Finds, for a re-run of service rows, the service an earlier run already made for a row. The API gives a service
    /// without a line number the next free one, so sending such a row again would add it twice: it is looked for first.
    /// </summary>
    public static class ExistingServices
    {
        /// <summary>
        /// The account's service that is the row already: the one on the row's line number, or (without one) a service of
        /// the row's SKU that holds what the row asks for and is not among <paramref name="linesClaimed"/> (the lines
        /// earlier rows of the run matched, so that two alike rows are two services). Null when the row is still to create.
        /// </summary>
        /// <exception cref="AgilantRecordDiffersException">The row's line number holds a service other than the row asks for.</exception>
        public static Service? FindAsAsked(Account held, NewService row, ICollection<int> linesClaimed)
        {
            if (row.LineNumber is int line)
            {
                Service? onLine = held.Services.FirstOrDefault(service => service.LineNumber == line);
                if (onLine is null)
                {
                    return null;
                }

                IReadOnlyList<string> differences = ServiceDifferences.Between(row, onLine);
                if (differences.Count > 0)
                {
                    throw new AgilantRecordDiffersException(
                        $"Service line {line} of account '{held.Id}'", differences, "POST", Route.Of($"/account/{held.Id}/service"));
                }

                return onLine;
            }

            return held.Services
                .Where(service => !linesClaimed.Contains(service.LineNumber) && ServiceDifferences.Between(row, service).Count == 0)
                .OrderBy(service => service.LineNumber)
                .FirstOrDefault();
        }
    }
}
