using System.Collections.Generic;

namespace Agilant
{
    /// <summary>
    /// A record to create exists already, and what the server holds is not what was asked for: a re-run that resumes
    /// cannot count it as done, nor create it again.
    /// </summary>
    public sealed class AgilantRecordDiffersException : AgilantException
    {
        /// <param name="record">The record as a user names it: "Account 'A0001'".</param>
        /// <param name="differences">One line per field: "EmailAddress: row 'a@x' / server 'b@x'".</param>
        public AgilantRecordDiffersException(string record, IReadOnlyList<string> differences, string method, string route)
            : base($"{record} exists already and differs from the row: {string.Join("; ", differences)}.", method, route)
        {
            Differences = differences;
        }

        public IReadOnlyList<string> Differences { get; }
    }
}
