using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A cmdlet that creates one record per input row, e.g. from Import-Csv. The row binds whole to -InputObject
    /// while its fields bind by property name, so that an error can name the user's own row as its target.
    /// </summary>
    /// <remarks>
    /// Optional row fields must be nullable, carry [BlankMeansNotGiven] (an empty CSV cell is not given) and read as
    /// "not given" when null: between rows PowerShell resets them to their defaults but keeps their names in
    /// BoundParameters, so IsBound would see the previous row's fields.
    /// </remarks>
    public abstract class AgilantRowCmdlet : AgilantApiCmdlet
    {
        private IReadOnlyList<(string[] Names, PropertyInfo Property)>? rowFields;

        /// <summary>The input row; its properties bind by name to the other parameters.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>What an error about this row names: the row itself when there is one.</summary>
        protected object RowOr(object fromParameters) => InputObject ?? fromParameters;

        /// <summary>
        /// Finds a row field PowerShell could not convert: it leaves such an optional parameter unbound without a word,
        /// which would drop the value (a priority or a date) silently.
        /// </summary>
        /// <returns>A message naming the field and its value, or null when every field the row has was taken.</returns>
        protected string? UnconvertedRowField()
        {
            if (InputObject is null)
            {
                return null;
            }

            rowFields ??= MyInvocation.MyCommand.Parameters.Values
                .Where(parameter => parameter.ParameterSets.Values.Any(set => set.ValueFromPipelineByPropertyName))
                .Select(parameter => (parameter.Aliases.Prepend(parameter.Name).ToArray(), GetType().GetProperty(parameter.Name)!))
                .ToList();

            foreach ((string[] names, PropertyInfo property) in rowFields)
            {
                PSPropertyInfo? field = names.Select(name => InputObject.Properties[name]).FirstOrDefault(found => found is not null);
                string text = Convert.ToString(field?.Value) ?? string.Empty;
                if (text.Trim().Length > 0 && property.GetValue(this) is null)
                {
                    Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    return $"{field!.Name} '{text}' is not a valid {Describe(type)}.";
                }
            }

            return null;
        }

        /// <summary>Reports a row that cannot be sent, without sending anything, and goes on to the next row.</summary>
        protected void WriteRowError(string message, string id, object target) =>
            WriteError(new ErrorRecord(new ArgumentException(message), id, ErrorCategory.InvalidData, target)
            {
                ErrorDetails = new ErrorDetails(message + " Correct the row and send it again; the other rows go on.")
                {
                    RecommendedAction = "Correct the row and send it again.",
                },
            });

        private static string Describe(Type type)
        {
            if (type.IsEnum)
            {
                return $"{type.Name} ({string.Join(", ", Enum.GetNames(type))})";
            }

            return type == typeof(DateTime) ? "date (use yyyy-MM-dd)" : type.Name;
        }
    }
}
