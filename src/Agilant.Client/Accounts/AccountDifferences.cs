using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Agilant.Client.Services;

namespace Agilant.Client.Accounts
{
    /// <summary>
    /// How an account the server holds differs from what a row asks for: only the fields the row gives are compared,
    /// so that what the server adds (Status, CreateDate, a service's Status) is no difference.
    /// </summary>
    public static class AccountDifferences
    {
        /// <summary>One line per field that differs, "EmailAddress: row 'a@x' / server 'b@x'"; empty when the account is as asked.</summary>
        public static IReadOnlyList<string> Between(NewAccount row, Account held)
        {
            var differences = new List<string>();
            Compare(differences, "FirstName", row.FirstName, held.FirstName);
            Compare(differences, "LastName", row.LastName, held.LastName);
            // Mail systems treat addresses case-insensitively, and so does the API's own duplicate check of them.
            if (!string.Equals(row.EmailAddress, held.EmailAddress, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add(Difference("EmailAddress", row.EmailAddress, held.EmailAddress));
            }

            CompareGiven(differences, "PhoneNumber", row.PhoneNumber, held.PhoneNumber);
            CompareGiven(differences, "BusinessName", row.BusinessName, held.BusinessName);
            foreach (NewService service in row.Services ?? Array.Empty<NewService>())
            {
                Service? found = held.Services.FirstOrDefault(candidate => candidate.LineNumber == service.LineNumber);
                if (found is null)
                {
                    differences.Add($"Services line {service.LineNumber}: row '{service.SkuNumber} {Date(service.PurchaseDate)}' / server none");
                    continue;
                }

                differences.AddRange(ServiceDifferences.Between(service, found).Select(difference => $"Services line {found.LineNumber} {difference}"));
            }

            return differences;
        }

        internal static void Compare(List<string> differences, string field, string asked, string? held)
        {
            if (!string.Equals(asked, held, StringComparison.Ordinal))
            {
                differences.Add(Difference(field, asked, held));
            }
        }

        internal static void CompareGiven(List<string> differences, string field, string? asked, string? held)
        {
            if (asked is not null)
            {
                Compare(differences, field, asked, held);
            }
        }

        internal static void CompareGiven(List<string> differences, string field, DateTime? asked, DateTime? held)
        {
            if (asked is DateTime date && held?.Date != date.Date)
            {
                differences.Add(Difference(field, Date(date), held is DateTime heldDate ? Date(heldDate) : null));
            }
        }

        internal static string Difference(string field, string asked, string? held) =>
            held is null ? $"{field}: row '{asked}' / server none" : $"{field}: row '{asked}' / server '{held}'";

        internal static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
