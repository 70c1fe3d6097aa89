using System;
using System.Collections.Generic;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The body of "Create an Account": {"account":[...]} with one or many accounts. The rows are read in order and the
/// first problem found is the 400, named by its place ("account[3].emailAddress is required").
/// </summary>
internal static class NewAccounts
{
    private static readonly string[] BodyFields = ["account"];
    private static readonly string[] AccountFields = ["id", "firstName", "lastName", "emailAddress", "phoneNumber", "businessName", "service"];

    /// <returns>The accounts, created on the server's today and ACTIVE; services without a line number have 0.</returns>
    public static IReadOnlyList<Account> Read(ApiRequest request)
    {
        var rows = request.Body(BodyFields).RequiredArray("account");
        if (rows.Count == 0)
        {
            throw ApiException.BadRequest("account cannot be empty: send at least one account");
        }

        var accounts = new List<Account>(rows.Count);
        var idPlaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Objects(AccountFields))
        {
            var account = Read(row, request.Today);
            var place = row.PathOf("id");
            if (!idPlaces.TryAdd(account.Id, place))
            {
                throw ApiException.BadRequest($"{place} '{account.Id}' repeats {idPlaces[account.Id]}: an id may come only once a batch");
            }

            accounts.Add(account);
        }

        return accounts;
    }

    private static Account Read(JsonObjectReader row, DateOnly today) => new()
    {
        Id = row.RequiredString("id"),
        FirstName = row.RequiredString("firstName"),
        LastName = row.RequiredString("lastName"),
        EmailAddress = row.RequiredEmail("emailAddress"),
        PhoneNumber = row.OptionalString("phoneNumber"),
        BusinessName = row.OptionalString("businessName"),
        CreateDate = today,
        Status = AccountStatuses.Active,
        Services = NewServices.ReadAll(row.OptionalArray("service")),
    };
}
