using System.Text.Json.Nodes;
using Agilant.Emulator.Http;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The Accounts routes of the Account Management API v2.4.1. A batch of new accounts is all or nothing: a 400
/// names the first problem, a 422 every id that exists already, and in both cases no account of it is created.
/// </summary>
internal sealed class AccountsApi(AccountStore accounts)
{
    private static readonly ApiProfile Profile = ApiProfiles.AccountManagement;

    private static readonly string[] UpdateBodyFields = ["account"];
    private static readonly string[] UpdateFields = ["id", "firstName", "lastName", "emailAddress", "phoneNumber", "businessName"];

    public void MapRoutes(RouteTable routes)
    {
        routes.Map(Profile, "POST", "/account", RequestBody.JsonObject, CreateAccounts);
        routes.Map(Profile, "GET", "/account/{id}", RequestBody.None, GetAccount);
        routes.Map(Profile, "PUT", "/account/{id}", RequestBody.JsonObject, UpdateAccount);
        routes.Map(Profile, "DELETE", "/account/{id}", RequestBody.Ignored, DeleteAccount);
        routes.Map(Profile, "GET", "/account/{id}/link/agent", RequestBody.None, GetAgentLink);
    }

    private ApiResult CreateAccounts(ApiRequest request)
    {
        var existing = accounts.AddAll(NewAccounts.Read(request));
        return existing.Count == 0
            ? ApiResult.Created()
            : throw new ApiException(422, $"Accounts already exist: {string.Join(", ", existing)}");
    }

    private ApiResult GetAccount(ApiRequest request)
    {
        return ApiResult.Ok(new JsonObject { ["account"] = AccountJson.Account(AccountRoute.Find(accounts, request)) });
    }

    /// <summary>Only the fields sent change; an explicit null clears phoneNumber or businessName; another id renames the account.</summary>
    private ApiResult UpdateAccount(ApiRequest request)
    {
        var id = AccountRoute.Find(accounts, request).Id;
        var body = request.Body(UpdateBodyFields).RequiredObject("account", UpdateFields);
        if (body.IsEmpty)
        {
            throw ApiException.BadRequest($"Nothing to update: send at least one of {string.Join(", ", UpdateFields)} in account");
        }

        var newId = body.ForUpdate("id", body.RequiredString);
        var firstName = body.ForUpdate("firstName", body.RequiredString);
        var lastName = body.ForUpdate("lastName", body.RequiredString);
        var emailAddress = body.ForUpdate("emailAddress", body.RequiredEmail);
        var phoneNumber = body.ForUpdate("phoneNumber", body.OptionalString);
        var businessName = body.ForUpdate("businessName", body.OptionalString);
        var (outcome, updated) = accounts.TryUpdate(id, account => account with
        {
            Id = newId.Or(account.Id),
            FirstName = firstName.Or(account.FirstName),
            LastName = lastName.Or(account.LastName),
            EmailAddress = emailAddress.Or(account.EmailAddress),
            PhoneNumber = phoneNumber.Or(account.PhoneNumber),
            BusinessName = businessName.Or(account.BusinessName),
        });
        return outcome switch
        {
            AccountUpdate.Updated => ApiResult.Ok(),
            AccountUpdate.NotFound => throw AccountRoute.NotFound(id),
            _ => throw new ApiException(422, $"Account '{updated!.Id}' already exists: account '{id}' cannot take its id"),
        };
    }

    private ApiResult DeleteAccount(ApiRequest request)
    {
        var id = request.RouteValue("id");
        return accounts.Remove(id) is null ? throw AccountRoute.NotFound(id) : ApiResult.Ok();
    }

    private ApiResult GetAgentLink(ApiRequest request)
    {
        return ApiResult.Ok(new JsonObject { ["link"] = AgentLink.For(AccountRoute.Find(accounts, request).Id) });
    }
}
