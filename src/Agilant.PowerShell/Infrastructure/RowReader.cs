using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Reads rows (lines of Import-Csv, [pscustomobject]s, the module's own objects) into a cmdlet's row fields: the
    /// parameters it declares in <see cref="WholeRowCmdlet.RowSet"/>. A property whose name is a field's name or alias
    /// gives that field, converted as PowerShell's parameter binding converts (invariant culture); a blank value (an
    /// empty CSV cell) is not given. It does the work of PowerShell's by-property-name binding at a fraction of its
    /// cost, which for a bulk import was as much as sending the rows.
    /// </summary>
    internal sealed class RowReader
    {
        private static readonly ConcurrentDictionary<Type, RowColumns> ColumnsOfType = new ConcurrentDictionary<Type, RowColumns>();

        private readonly object cmdlet;
        private readonly RowColumns columns;
        private readonly RowProperties properties;
        private readonly bool[] fromCommandLine;
        private readonly object?[] defaults;

        // Whether a field holds its default: most rows lack most optional columns, and setting them again costs.
        private readonly bool[] atDefault;

        private RowReader(PSCmdlet cmdlet, RowColumns columns)
        {
            this.cmdlet = cmdlet;
            this.columns = columns;
            int count = columns.Fields.Count;
            fromCommandLine = new bool[count];
            defaults = new object?[count];
            atDefault = new bool[count];
            properties = new RowProperties(columns.NamesOfFields);
            for (int i = 0; i < count; i++)
            {
                RowField field = columns.Fields[i];
                fromCommandLine[i] = cmdlet.MyInvocation.BoundParameters.ContainsKey(field.Name);
                defaults[i] = field.Property.GetValue(cmdlet);
                atDefault[i] = true;
            }
        }

        /// <summary>
        /// A reader for this invocation of the cmdlet: a field given on the command line keeps that value for every row,
        /// as it did under PowerShell's binding; every other field starts each row at the value it has now.
        /// </summary>
        public static RowReader For(PSCmdlet cmdlet) =>
            new RowReader(cmdlet, ColumnsOfType.GetOrAdd(cmdlet.GetType(), type => new RowColumns(type)));

        /// <summary>Sets the cmdlet's row fields from the row.</summary>
        /// <returns>What is wrong with the row (a value that cannot be converted, a required field not given), or null.</returns>
        [MethodImpl(HotPath.Optimized)]
        public string? Read(PSObject row)
        {
            List<string>? problems = null;
            properties.Read(row);
            for (int i = 0; i < columns.Fields.Count; i++)
            {
                if (fromCommandLine[i])
                {
                    continue;
                }

                RowField field = columns.Fields[i];
                string? problem = Take(i, field, properties.Of(i));
                if (problem is not null)
                {
                    (problems ??= new List<string>()).Add(problem);
                }
            }

            return problems is null ? null : string.Join(" ", problems);
        }

        [MethodImpl(HotPath.Optimized)]
        private string? Take(int index, RowField field, PSPropertyInfo? property)
        {
            object? value = property?.Value;
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            if (value is null || (value is string text && IsBlank(text)))
            {
                SetDefault(index, field);
                if (!field.Required)
                {
                    return null;
                }

                return property is null ? $"{field.Name} is required: the row has no {field.ColumnNames} column." : $"{field.Name} is required.";
            }

            if (!TryConvert(value, field.ValueType, out object? converted))
            {
                SetDefault(index, field);
                return $"{property!.Name} '{value}' is not a valid {field.TypeDescription}.";
            }

            field.Property.SetValue(cmdlet, converted);
            atDefault[index] = false;
            return null;
        }

        /// <summary>
        /// A cell's value as the field's type, converted as PowerShell's binder converts it. Text to a date, the one
        /// conversion every row of a bulk import needs, is made as LanguagePrimitives makes it (DateTime.Parse with the
        /// invariant culture) without looking the conversion up again for every row.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool TryConvert(object value, Type type, out object? converted)
        {
            if (value.GetType() == type)
            {
                converted = value;
                return true;
            }

            if (type == typeof(DateTime) && value is string text)
            {
                bool parsed = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date);
                converted = date;
                return parsed;
            }

            try
            {
                converted = LanguagePrimitives.ConvertTo(value, type, CultureInfo.InvariantCulture);
                return true;
            }
            catch (PSInvalidCastException)
            {
                converted = null;
                return false;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void SetDefault(int index, RowField field)
        {
            if (!atDefault[index])
            {
                field.Property.SetValue(cmdlet, defaults[index]);
                atDefault[index] = true;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool IsBlank(string text)
        {
            foreach (char character in text)
            {
                if (!char.IsWhiteSpace(character))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The row fields of one cmdlet type, with the names that give them, found once per type.</summary>
        private sealed class RowColumns
        {
            public RowColumns(Type cmdletType)
            {
                var fields = new List<RowField>();
                foreach (PropertyInfo property in cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    RowField? field = RowField.Of(property);
                    if (field is not null)
                    {
                        fields.Add(field);
                    }
                }

                Fields = fields;
                NamesOfFields = fields.ConvertAll(field => field.Names);
            }

            public IReadOnlyList<RowField> Fields { get; }

            public IReadOnlyList<IReadOnlyList<string>> NamesOfFields { get; }
        }

        private sealed class RowField
        {
            private RowField(PropertyInfo property, IReadOnlyList<string> names, bool required)
            {
                Property = property;
                Names = names;
                Required = required;
                ValueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }

            public string Name => Property.Name;

            public PropertyInfo Property { get; }

            /// <summary>The parameter's name, then its aliases.</summary>
            public IReadOnlyList<string> Names { get; }

            /// <summary>Mandatory in the parameter set that takes the fields as parameters, so a row must give it too.</summary>
            public bool Required { get; }

            public Type ValueType { get; }

            public string ColumnNames => string.Join(" or ", Names);

            public string TypeDescription
            {
                get
                {
                    if (ValueType.IsEnum)
                    {
                        return $"{ValueType.Name} ({string.Join(", ", Enum.GetNames(ValueType))})";
                    }

                    return ValueType == typeof(DateTime) ? "date (use yyyy-MM-dd)" : ValueType.Name;
                }
            }

            public static RowField? Of(PropertyInfo property)
            {
                bool inRowSet = false;
                bool required = false;
                foreach (ParameterAttribute parameter in property.GetCustomAttributes<ParameterAttribute>())
                {
                    inRowSet |= parameter.ParameterSetName == WholeRowCmdlet.RowSet && !parameter.ValueFromPipeline;
                    required |= parameter.ParameterSetName == WholeRowCmdlet.ParametersSet && parameter.Mandatory;
                }

                if (!inRowSet)
                {
                    return null;
                }

                var names = new List<string> { property.Name };
                foreach (AliasAttribute alias in property.GetCustomAttributes<AliasAttribute>())
                {
                    names.AddRange(alias.AliasNames);
                }

                return new RowField(property, names, required);
            }
        }
    }
}
