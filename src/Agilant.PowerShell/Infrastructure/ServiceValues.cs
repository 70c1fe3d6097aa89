using System;
using System.Collections;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>Reads the services given to -Service: the module's own services, hashtables or objects with the same property names.</summary>
    internal static class ServiceValues
    {
        public static NewService From(object value)
        {
            object inner = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (inner is NewService service)
            {
                return service;
            }

            Func<string, object?> field = inner is IDictionary dictionary
                ? name => FindKey(dictionary, name)
                : name => PSObject.AsPSObject(value).Properties[name]?.Value;

            string? sku = Read<string>(field, nameof(NewService.SkuNumber));
            DateTime? purchased = Read<DateTime?>(field, nameof(NewService.PurchaseDate));
            if (string.IsNullOrWhiteSpace(sku) || purchased is null)
            {
                throw new ArgumentException("Each -Service needs a SkuNumber and a PurchaseDate.");
            }

            return new NewService(sku!, purchased.Value)
            {
                LineNumber = Read<int?>(field, nameof(NewService.LineNumber)),
                CancellationDate = Read<DateTime?>(field, nameof(NewService.CancellationDate)),
                RenewalDate = Read<DateTime?>(field, nameof(NewService.RenewalDate)),
                ExpirationDate = Read<DateTime?>(field, nameof(NewService.ExpirationDate)),
                StoreNumber = Read<string>(field, nameof(NewService.StoreNumber)),
                AssociateId = Read<string>(field, nameof(NewService.AssociateId)),
                TransactionId = Read<string>(field, nameof(NewService.TransactionId)),
                InvoiceNumber = Read<string>(field, nameof(NewService.InvoiceNumber)),
                Comment = Read<string>(field, nameof(NewService.Comment)),
            };
        }

        private static T? Read<T>(Func<string, object?> field, string name)
        {
            object? value = field(name);
            if (value is null || (value is string text && text.Trim().Length == 0))
            {
                return default;
            }

            try
            {
                return LanguagePrimitives.ConvertTo<T>(value);
            }
            catch (PSInvalidCastException)
            {
                throw new ArgumentException($"The service's {name} '{value}' is not a valid {(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)).Name}.");
            }
        }

        private static object? FindKey(IDictionary dictionary, string name)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (string.Equals(Convert.ToString(entry.Key), name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}
