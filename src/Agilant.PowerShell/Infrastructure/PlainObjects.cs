using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Moves values between PowerShell's objects and the plain values the client serialises or returns, so that
    /// hashtables, [pscustomobject]s and any other object (a CIM instance, say) can be sent, and answers come back as
    /// objects with properties.
    /// </summary>
    internal static class PlainObjects
    {
        /// <summary>As ConvertTo-Json does, objects nested deeper than this are sent as their text.</summary>
        private const int MaximumDepth = 5;

        public static object? FromPowerShell(object? value) => FromPowerShell(value, 0);

        public static object? ToPowerShell(object? value)
        {
            switch (value)
            {
                case IEnumerable<KeyValuePair<string, object?>> properties:
                    var result = new PSObject();
                    foreach (KeyValuePair<string, object?> property in properties)
                    {
                        result.Properties.Add(new PSNoteProperty(property.Key, ToPowerShell(property.Value)));
                    }

                    return result;
                case object?[] items:
                    return items.Select(ToPowerShell).ToArray();
                default:
                    return value;
            }
        }

        private static object? FromPowerShell(object? value, int depth)
        {
            object? inner = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (inner)
            {
                case null:
                    return null;
                case string or bool or char or DateTime or DateTimeOffset:
                    return inner;
                case Enum or Guid or Uri or TimeSpan:
                    return inner.ToString();
                case IntPtr handle:
                    return handle.ToInt64();
                case UIntPtr handle:
                    return handle.ToUInt64();
                case double real when double.IsNaN(real) || double.IsInfinity(real):
                    return real.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case float real when float.IsNaN(real) || float.IsInfinity(real):
                    return real.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case var number when number.GetType().IsPrimitive || number is decimal:
                    return number;
                case var _ when depth >= MaximumDepth:
                    return inner.ToString();
                case IDictionary dictionary:
                    var entries = new Dictionary<string, object?>();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        entries[Convert.ToString(entry.Key)!] = FromPowerShell(entry.Value, depth + 1);
                    }

                    return entries;
                case IEnumerable sequence:
                    return sequence.Cast<object?>().Select(item => FromPowerShell(item, depth + 1)).ToArray();
                default:
                    return Properties(PSObject.AsPSObject(value), depth);
            }
        }

        private static Dictionary<string, object?> Properties(PSObject value, int depth)
        {
            var properties = new Dictionary<string, object?>();
            foreach (PSPropertyInfo property in value.Properties.Where(property => property.IsGettable))
            {
                try
                {
                    properties[property.Name] = FromPowerShell(property.Value, depth + 1);
                }
                catch (GetValueException)
                {
                    // A property that throws when read (some adapted ones do) is left out, as ConvertTo-Json leaves it.
                }
            }

            return properties;
        }
    }
}
