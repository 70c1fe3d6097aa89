using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Reads an address given to -BillTo or -ShipTo: an Agilant.Address, a hashtable or any object with the same
    /// property names. Every field it holds is sent (null clears one); fields it does not hold are left as they are.
    /// </summary>
    internal static class AddressValues
    {
        private static readonly string[] Fields = { "FirstName", "LastName", "BusinessName", "Address1", "Address2", "City", "State", "ZipCode" };

        public static AddressUpdate From(object value, string parameter)
        {
            object inner = value is PSObject wrapped ? wrapped.BaseObject : value;
            IEnumerable<KeyValuePair<string, object?>> given = inner is IDictionary dictionary
                ? dictionary.Cast<DictionaryEntry>().Select(entry => new KeyValuePair<string, object?>(Convert.ToString(entry.Key)!, entry.Value))
                : PSObject.AsPSObject(value).Properties.Select(property => new KeyValuePair<string, object?>(property.Name, property.Value));

            var update = new AddressUpdate();
            foreach (KeyValuePair<string, object?> field in given)
            {
                string? name = Fields.FirstOrDefault(known => string.Equals(known, field.Key, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                {
                    throw new ArgumentException($"{parameter} has a field '{field.Key}' that addresses do not have; their fields are {string.Join(", ", Fields)}.");
                }

                Optional<string?> text = new Optional<string?>(field.Value is null ? null : Convert.ToString(field.Value is PSObject boxed ? boxed.BaseObject : field.Value));
                switch (name)
                {
                    case "FirstName": update.FirstName = text; break;
                    case "LastName": update.LastName = text; break;
                    case "BusinessName": update.BusinessName = text; break;
                    case "Address1": update.Address1 = text; break;
                    case "Address2": update.Address2 = text; break;
                    case "City": update.City = text; break;
                    case "State": update.State = text; break;
                    default: update.ZipCode = text; break;
                }
            }

            if (update.IsEmpty)
            {
                throw new ArgumentException($"{parameter} names no address field; give any of {string.Join(", ", Fields)}, or $null to clear the address.");
            }

            return update;
        }
    }
}
