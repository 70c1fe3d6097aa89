using System;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A cmdlet that creates one record per input row, e.g. from Import-Csv, with two parameter sets: in
    /// <see cref="ParametersSet"/> the fields are parameters (one record from the command line); in <see cref="RowSet"/>
    /// the row binds whole to -InputObject from the pipeline and the module reads its fields (<see cref="RowReader"/>),
    /// at a fraction of the cost of PowerShell's by-property-name binding. A field given on the command line in the row
    /// set holds for every row.
    /// </summary>
    /// <remarks>
    /// A row field is a property with a [Parameter] in each set: mandatory as the record needs it in
    /// <see cref="ParametersSet"/>, never mandatory in <see cref="RowSet"/> (a row that lacks it is that row's error).
    /// </remarks>
    public abstract class WholeRowCmdlet : AgilantApiCmdlet
    {
        public const string ParametersSet = "Parameters";
        public const string RowSet = "Row";

        private RowReader? reader;
        private int rowNumber;

        /// <summary>The input row: a line of Import-Csv, an object with the fields as properties.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RowSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>What an error about this record names: the row itself when there is one.</summary>
        protected object RowOr(object fromParameters) => InputObject ?? fromParameters;

        /// <summary>
        /// Reads the row's fields into the row parameters. A row that cannot be read is reported as its own error.
        /// </summary>
        /// <returns>Whether there is a record to create: the parameters, or a row that could be read.</returns>
        [MethodImpl(HotPath.Optimized)]
        protected bool ReadRow()
        {
            if (ParameterSetName != RowSet)
            {
                return true;
            }

            rowNumber++;
            string? problem = (reader ??= RowReader.For(this)).Read(InputObject!);
            if (problem is null)
            {
                return true;
            }

            WriteRowError(problem, InputObject!);
            return false;
        }

        /// <summary>
        /// Reports a record that cannot be sent, without sending anything, and goes on to the next one. The message
        /// names the row by its number in the input (the first is 1), besides having it as its target.
        /// </summary>
        protected void WriteRowError(string message, object target)
        {
            string advice = InputObject is null ? "Correct it and run the command again." : $"Correct row {rowNumber} and send it again; the other rows go on.";
            WriteError(new ErrorRecord(new ArgumentException(message), "Agilant.InvalidRow", ErrorCategory.InvalidData, target)
            {
                ErrorDetails = new ErrorDetails($"{message} {advice}") { RecommendedAction = advice },
            });
        }
    }
}
