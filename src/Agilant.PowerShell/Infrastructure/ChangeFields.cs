using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Where the fields of one record's change come from: a parameter named on the command line, else the piped row's
    /// cell named as the parameter or one of its aliases, converted as parameter binding converts (invariant culture).
    /// A blank cell (Export-Csv writes one for an empty field) is not given.
    /// </summary>
    public sealed class ChangeFields
    {
        private readonly PSCmdlet cmdlet;
        private readonly PSObject? row;
        private readonly List<string> asked = new List<string>();
        private List<string>? problems;

        private ChangeFields(PSCmdlet cmdlet, PSObject? row)
        {
            this.cmdlet = cmdlet;
            this.row = row;
        }

        /// <summary>The names of the fields asked for, in order: "Status, Priority, Subject".</summary>
        public string Names => string.Join(", ", asked);

        /// <summary>What is wrong with the row's cells, or null.</summary>
        public string? Problem => problems is null ? null : string.Join(" ", problems);

        /// <summary>The fields named on the command line only.</summary>
        public static ChangeFields Named(PSCmdlet cmdlet) => new ChangeFields(cmdlet, null);

        /// <summary>The fields named on the command line, and the others from the row's cells.</summary>
        public static ChangeFields NamedOrIn(PSCmdlet cmdlet, PSObject row) => new ChangeFields(cmdlet, row);

        /// <param name="parameter">The parameter that names the field.</param>
        /// <param name="named">The parameter's value, used when it was named.</param>
        public Optional<T> Field<T>(string parameter, T named)
        {
            asked.Add(parameter);
            if (cmdlet.MyInvocation.BoundParameters.ContainsKey(parameter))
            {
                return new Optional<T>(named);
            }

            PSPropertyInfo? cell = row is null ? null : Cell(parameter);
            object? value = cell?.Value is PSObject wrapped ? wrapped.BaseObject : cell?.Value;
            if (value is null || (value is string text && text.Trim().Length == 0))
            {
                return default;
            }

            try
            {
                return new Optional<T>((T)LanguagePrimitives.ConvertTo(value, typeof(T), CultureInfo.InvariantCulture));
            }
            catch (PSInvalidCastException)
            {
                (problems ??= new List<string>()).Add($"{cell!.Name} '{value}' is not a valid {Describe(typeof(T))}.");
                return default;
            }
        }

        private PSPropertyInfo? Cell(string parameter)
        {
            foreach (string name in cmdlet.MyInvocation.MyCommand.Parameters[parameter].Aliases.Prepend(parameter))
            {
                PSPropertyInfo? cell = row!.Properties[name];
                if (cell is not null)
                {
                    return cell;
                }
            }

            return null;
        }

        private static string Describe(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.IsEnum ? $"{type.Name} ({string.Join(", ", Enum.GetNames(type))})" : type.Name;
        }
    }
}
