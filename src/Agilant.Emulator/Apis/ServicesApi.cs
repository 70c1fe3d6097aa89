using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The Services routes of the Account Management API v2.4.1. A service is named by its SKU in the route and its line
/// number in the body. Checks go: the account (404), the body (400), the service on that line (404) or the line
/// number taken (422).
/// </summary>
internal sealed class ServicesApi(AccountStore accounts)
{
    private static readonly ApiProfile Profile = ApiProfiles.AccountManagement;

    private static readonly string[] ServiceBodyFields = ["service"];
    private static readonly string[] DeleteFields = ["lineNumber"];

    // lineNumber says which service; the rest are what may change (status and skuNumber are not among them).
    private static readonly string[] UpdateFields =
    [
        "lineNumber", "purchaseDate", "cancellationDate", "renewalDate", "expirationDate",
        "storeNumber", "associateId", "transactionId", "invoiceNumber", "comment",
    ];

    public void MapRoutes(RouteTable routes)
    {
        routes.Map(Profile, "POST", "/account/{id}/service", RequestBody.JsonObject, AddService);
        routes.Map(Profile, "PUT", "/account/{id}/service/{skuNumber}", RequestBody.JsonObject, UpdateService);
        routes.Map(Profile, "DELETE", "/account/{id}/service/{skuNumber}", RequestBody.JsonObject, RemoveService);
    }

    private ApiResult AddService(ApiRequest request)
    {
        var id = AccountRoute.Find(accounts, request).Id;
        var body = request.Body(ServiceBodyFields);
        if (body.KindOf("service") == JsonValueKind.Array)
        {
            throw ApiException.BadRequest("service must be one object, not an array: the API adds one service a call");
        }

        var service = NewServices.Read(body.RequiredObject("service", NewServices.Fields));
        AccountRoute.Change(accounts, id, account => account with { Services = [.. account.Services, OnItsLine(account, service)] });
        return ApiResult.Created();
    }

    /// <summary>Only the fields sent change; an explicit null clears a date other than purchaseDate, or a string.</summary>
    private ApiResult UpdateService(ApiRequest request)
    {
        var id = AccountRoute.Find(accounts, request).Id;
        var skuNumber = request.RouteValue("skuNumber");
        var body = request.Body(ServiceBodyFields).RequiredObject("service", UpdateFields);
        var lineNumber = body.RequiredPositiveInteger("lineNumber");
        if (body.Count == 1)
        {
            throw ApiException.BadRequest($"Nothing to update: send at least one of {string.Join(", ", UpdateFields.Skip(1))} in service, beside lineNumber");
        }

        var purchaseDate = body.ForUpdate("purchaseDate", body.RequiredDate);
        var cancellationDate = body.ForUpdate("cancellationDate", body.OptionalDate);
        var renewalDate = body.ForUpdate("renewalDate", body.OptionalDate);
        var expirationDate = body.ForUpdate("expirationDate", body.OptionalDate);
        var storeNumber = body.ForUpdate("storeNumber", body.OptionalString);
        var associateId = body.ForUpdate("associateId", body.OptionalString);
        var transactionId = body.ForUpdate("transactionId", body.OptionalString);
        var invoiceNumber = body.ForUpdate("invoiceNumber", body.OptionalString);
        var comment = body.ForUpdate("comment", body.OptionalString);
        AccountRoute.Change(accounts, id, account =>
        {
            var current = Located(account, skuNumber, lineNumber);
            var updated = current with
            {
                PurchaseDate = purchaseDate.Or(current.PurchaseDate),
                CancellationDate = cancellationDate.Or(current.CancellationDate),
                RenewalDate = renewalDate.Or(current.RenewalDate),
                ExpirationDate = expirationDate.Or(current.ExpirationDate),
                StoreNumber = storeNumber.Or(current.StoreNumber),
                AssociateId = associateId.Or(current.AssociateId),
                TransactionId = transactionId.Or(current.TransactionId),
                InvoiceNumber = invoiceNumber.Or(current.InvoiceNumber),
                Comment = comment.Or(current.Comment),
            };
            return account with { Services = [.. account.Services.Select(service => service.LineNumber == lineNumber ? updated : service)] };
        });
        return ApiResult.Ok();
    }

    private ApiResult RemoveService(ApiRequest request)
    {
        var id = AccountRoute.Find(accounts, request).Id;
        var skuNumber = request.RouteValue("skuNumber");
        var lineNumber = request.Body(DeleteFields).RequiredPositiveInteger("lineNumber");
        AccountRoute.Change(accounts, id, account =>
        {
            Located(account, skuNumber, lineNumber);
            return account with { Services = [.. account.Services.Where(service => service.LineNumber != lineNumber)] };
        });
        return ApiResult.Ok();
    }

    /// <summary>A new service keeps the line number it was given, unless the account has it already (422); else it takes the highest + 1.</summary>
    private static Service OnItsLine(Account account, Service service)
    {
        if (service.LineNumber == 0)
        {
            return service with { LineNumber = ServiceLines.Next(account.Services) };
        }

        var taken = account.Services.FirstOrDefault(existing => existing.LineNumber == service.LineNumber);
        return taken is null
            ? service
            : throw new ApiException(422, $"Account '{account.Id}' already has a service on line {service.LineNumber}: '{taken.SkuNumber}'");
    }

    private static Service Located(Account account, string skuNumber, int lineNumber) =>
        account.Services.FirstOrDefault(service => service.LineNumber == lineNumber && service.SkuNumber == skuNumber)
        ?? throw ApiException.NotFound($"Account '{account.Id}' has no service '{skuNumber}' on line {lineNumber} ({Describe(account.Services)})");

    // Says what the account does have, so that a wrong SKU or line number shows at once.
    private static string Describe(IReadOnlyList<Service> services) =>
        services.Count == 0
            ? "it has no services"
            : "its services: " + string.Join(", ", services.Select(service => $"line {service.LineNumber} '{service.SkuNumber}'"));
}
