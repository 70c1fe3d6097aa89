using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Moves values between PowerShell's objects and the plain values the client serialises or returns, so that
    /// hashtables and [pscustomobject]s can be sent and answers come back as objects with properties.
    /// </summary>
    internal static class PlainObjects
    {
        public static object? FromPowerShell(object? value)
        {
            object? inner = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (inner)
            {
                case null:
                    return null;
                case PSCustomObject when value is PSObject custom:
                    return custom.Properties.ToDictionary(property => property.Name, property => FromPowerShell(property.Value));
                case IDictionary dictionary:
                    var entries = new Dictionary<string, object?>();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        entries[Convert.ToString(entry.Key)!] = FromPowerShell(entry.Value);
                    }

                    return entries;
                case string text:
                    return text;
                case Enum member:
                    return member.ToString();
                case IEnumerable sequence:
                    return sequence.Cast<object?>().Select(FromPowerShell).ToArray();
                default:
                    return inner;
            }
        }

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
    }
}
