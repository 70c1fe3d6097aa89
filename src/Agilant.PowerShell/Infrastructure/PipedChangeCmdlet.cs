using System;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A Set- cmdlet: it changes the fields named on the command line. A piped row (a line of Import-Csv, any
    /// [pscustomobject]) also gives the fields in its non-blank cells, so that what Export-Csv wrote, edited, comes
    /// back; a piped record of the module gives only its key, because its fields are what the server held when it was
    /// read, and sending them back would undo what changed since. A field named on the command line holds for every row.
    /// </summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <typeparam name="TUpdate">The partial update the client sends.</typeparam>
    public abstract class PipedChangeCmdlet<TKey, TUpdate> : PipedKeyCmdlet<TKey>
        where TUpdate : class
    {
        private TUpdate? named;
        private object? lastRow;
        private int rowNumber;

        /// <summary>Says that nothing is named, and which parameters change something.</summary>
        protected abstract string NothingToChange { get; }

        /// <summary>The change, each field as <paramref name="given"/> gives it.</summary>
        protected abstract TUpdate Changes(ChangeFields given);

        protected abstract bool IsEmpty(TUpdate update);

        /// <summary>Sends the change of one record; <paramref name="target"/> is what an error about it names.</summary>
        protected abstract void Change(TKey key, TUpdate update, object target);

        protected override void BeginProcessing()
        {
            named = Changes(ChangeFields.Named(this));
            if (IsEmpty(named) && ParameterSetName != nameof(InputObject))
            {
                ThrowUsageError(NothingToChange, "Agilant.NothingToChange");
            }
        }

        protected sealed override void ProcessKey(TKey key, object target)
        {
            if (target is not PSObject { BaseObject: PSCustomObject } row)
            {
                if (IsEmpty(named!))
                {
                    ThrowUsageError(NothingToChange, "Agilant.NothingToChange");
                }

                Change(key, named!, target);
                return;
            }

            if (!ReferenceEquals(row, lastRow))
            {
                lastRow = row;
                rowNumber++;
            }

            ChangeFields given = ChangeFields.NamedOrIn(this, row);
            TUpdate update = Changes(given);
            if (given.Problem is not null)
            {
                WriteRowError(given.Problem, key, $"correct row {rowNumber} and send it again", "Agilant.InvalidRow", ErrorCategory.InvalidData, row);
            }
            else if (IsEmpty(update))
            {
                WriteRowError(
                    $"Row {rowNumber} changes nothing: its {given.Names} cells are blank or missing, and no parameter names a change.",
                    key,
                    "fill in a cell or name a parameter",
                    "Agilant.NothingToChange",
                    ErrorCategory.InvalidArgument,
                    row);
            }
            else
            {
                Change(key, update, row);
            }
        }

        private void WriteRowError(string problem, TKey key, string advice, string id, ErrorCategory category, PSObject row)
        {
            string whatToDo = $"Nothing was sent for {KeyNoun} {key}: {advice}; the other rows go on.";
            WriteError(new ErrorRecord(new ArgumentException(problem), id, category, row)
            {
                ErrorDetails = new ErrorDetails($"{problem} {whatToDo}") { RecommendedAction = whatToDo },
            });
        }
    }
}
