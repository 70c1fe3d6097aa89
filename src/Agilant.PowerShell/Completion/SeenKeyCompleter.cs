using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>
    /// Completes a key parameter from the records the session has read or written, newest first, each with a tooltip
    /// that says which record it is. It only looks in memory: completing never calls the API. The session is the one
    /// the command line gives with -Session, else the default one; with neither there is nothing to offer.
    /// </summary>
    public abstract class SeenKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName,
            string parameterName,
            string wordToComplete,
            CommandAst commandAst,
            IDictionary fakeBoundParameters)
        {
            RecentRecords? seen = BoundParameters.Seen(fakeBoundParameters);
            if (seen is null)
            {
                return Array.Empty<CompletionResult>();
            }

            return Candidates(seen, fakeBoundParameters)
                .Where(candidate => CompletionText.Matches(candidate.Value, wordToComplete))
                .Select(candidate => new CompletionResult(
                    CompletionText.Quoted(candidate.Value, wordToComplete),
                    candidate.Value,
                    CompletionResultType.ParameterValue,
                    candidate.ToolTip))
                .ToList();
        }

        /// <summary>The values to offer, newest first.</summary>
        /// <param name="bound">The parameters already on the command line, to narrow the offer (a SKU of the account given).</param>
        protected abstract IEnumerable<Candidate> Candidates(RecentRecords seen, IDictionary bound);

        /// <summary>Whether a record belongs where the command line says, when it says (e.g. the account given with -AccountId).</summary>
        internal static bool IsAmong(string? value, string[] given) =>
            given.Length == 0 || given.Contains(value, StringComparer.OrdinalIgnoreCase);

        /// <summary>The first, thus newest, record of each value.</summary>
        protected static IEnumerable<SeenRecord> NewestOfEach(IEnumerable<SeenRecord> records, Func<SeenRecord, string> value)
        {
            var offered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return records.Where(record => offered.Add(value(record)));
        }

        protected readonly struct Candidate
        {
            public Candidate(string value, string toolTip)
            {
                Value = value;
                ToolTip = toolTip;
            }

            public string Value { get; }

            public string ToolTip { get; }
        }
    }
}
