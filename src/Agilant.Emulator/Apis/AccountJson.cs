using System;
using System.Linq;
using System.Text.Json.Nodes;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>The Account and Service objects in the documents' field order; every field is present, null where unset.</summary>
internal static class AccountJson
{
    public static JsonObject Account(Account account) => new()
    {
        ["id"] = account.Id,
        ["firstName"] = account.FirstName,
        ["lastName"] = account.LastName,
        ["emailAddress"] = account.EmailAddress,
        ["phoneNumber"] = account.PhoneNumber,
        ["businessName"] = account.BusinessName,
        ["createDate"] = IsoDate.Format(account.CreateDate),
        ["status"] = account.Status,
        ["service"] = new JsonArray([.. account.Services.Select(Service)]),
    };

    public static JsonObject Service(Service service) => new()
    {
        ["lineNumber"] = service.LineNumber,
        ["skuNumber"] = service.SkuNumber,
        ["status"] = service.Status,
        ["purchaseDate"] = IsoDate.Format(service.PurchaseDate),
        ["cancellationDate"] = DateOrNull(service.CancellationDate),
        ["renewalDate"] = DateOrNull(service.RenewalDate),
        ["expirationDate"] = DateOrNull(service.ExpirationDate),
        ["storeNumber"] = service.StoreNumber,
        ["associateId"] = service.AssociateId,
        ["transactionId"] = service.TransactionId,
        ["invoiceNumber"] = service.InvoiceNumber,
        ["comment"] = service.Comment,
    };

    private static string? DateOrNull(DateOnly? date) => date is { } value ? IsoDate.Format(value) : null;
}
