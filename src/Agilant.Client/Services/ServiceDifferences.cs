using System.Collections.Generic;
using Agilant.Client.Accounts;

namespace Agilant.Client.Services
{
    /// <summary>How a service the server holds differs from what a row asks for, in the fields the row gives.</summary>
    public static class ServiceDifferences
    {
        /// <summary>One line per field that differs, "PurchaseDate: row '2020-01-01' / server '2020-02-01'"; empty when it is as asked.</summary>
        public static IReadOnlyList<string> Between(NewService row, Service held)
        {
            var differences = new List<string>();
            AccountDifferences.Compare(differences, "SkuNumber", row.SkuNumber, held.SkuNumber);
            AccountDifferences.CompareGiven(differences, "PurchaseDate", row.PurchaseDate, held.PurchaseDate);
            AccountDifferences.CompareGiven(differences, "CancellationDate", row.CancellationDate, held.CancellationDate);
            AccountDifferences.CompareGiven(differences, "RenewalDate", row.RenewalDate, held.RenewalDate);
            AccountDifferences.CompareGiven(differences, "ExpirationDate", row.ExpirationDate, held.ExpirationDate);
            AccountDifferences.CompareGiven(differences, "StoreNumber", row.StoreNumber, held.StoreNumber);
            AccountDifferences.CompareGiven(differences, "AssociateId", row.AssociateId, held.AssociateId);
            AccountDifferences.CompareGiven(differences, "TransactionId", row.TransactionId, held.TransactionId);
            AccountDifferences.CompareGiven(differences, "InvoiceNumber", row.InvoiceNumber, held.InvoiceNumber);
            AccountDifferences.CompareGiven(differences, "Comment", row.Comment, held.Comment);
            return differences;
        }
    }
}
