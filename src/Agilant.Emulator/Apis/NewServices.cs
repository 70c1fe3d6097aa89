using System.Collections.Generic;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// A Service object as "Create an Account" (in service[]) and "Create a Service" take it: skuNumber and purchaseDate
/// are required; the line number may be given (the documents' sample requests give it), else the server assigns one.
/// A new service is ACTIVE; its status is not the caller's to send.
/// </summary>
internal static class NewServices
{
    public static IReadOnlyList<string> Fields { get; } =
    [
        "lineNumber", "skuNumber", "purchaseDate", "cancellationDate", "renewalDate", "expirationDate",
        "storeNumber", "associateId", "transactionId", "invoiceNumber", "comment",
    ];

    /// <returns>The service as sent, with line number 0 when none was given.</returns>
    public static Service Read(JsonObjectReader service) => new()
    {
        LineNumber = service.OptionalPositiveInteger("lineNumber") ?? 0,
        SkuNumber = service.RequiredString("skuNumber"),
        Status = ServiceStatuses.Active,
        PurchaseDate = service.RequiredDate("purchaseDate"),
        CancellationDate = service.OptionalDate("cancellationDate"),
        RenewalDate = service.OptionalDate("renewalDate"),
        ExpirationDate = service.OptionalDate("expirationDate"),
        StoreNumber = service.OptionalString("storeNumber"),
        AssociateId = service.OptionalString("associateId"),
        TransactionId = service.OptionalString("transactionId"),
        InvoiceNumber = service.OptionalString("invoiceNumber"),
        Comment = service.OptionalString("comment"),
    };

    /// <summary>The service[] of a new account, in order; absent or null is none. Two services given the same line number are a 400.</summary>
    public static IReadOnlyList<Service> ReadAll(JsonArrayReader? services)
    {
        if (services is null)
        {
            return [];
        }

        var read = new List<Service>(services.Count);
        var lineNumberPlaces = new Dictionary<int, string>();
        foreach (var reader in services.Objects(Fields))
        {
            var service = Read(reader);
            var place = reader.PathOf("lineNumber");
            if (service.LineNumber != 0 && !lineNumberPlaces.TryAdd(service.LineNumber, place))
            {
                throw ApiException.BadRequest(
                    $"{place} {service.LineNumber} repeats {lineNumberPlaces[service.LineNumber]}: each service of an account needs its own line number");
            }

            read.Add(service);
        }

        return read;
    }
}
