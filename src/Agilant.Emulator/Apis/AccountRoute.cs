using System;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Apis;

/// <summary>The account that a route's {id} names: it must exist (404), before the body is read, as tickets must.</summary>
internal static class AccountRoute
{
    public static Account Find(AccountStore accounts, ApiRequest request)
    {
        var id = request.RouteValue("id");
        return accounts.Get(id) ?? throw NotFound(id);
    }

    /// <summary>Changes the account atomically; one deleted since it was found is a 404 too.</summary>
    public static void Change(AccountStore accounts, string id, Func<Account, Account> change)
    {
        if (accounts.TryUpdate(id, change).Outcome == AccountUpdate.NotFound)
        {
            throw NotFound(id);
        }
    }

    // Quoted: an id is the caller's own string and may hold spaces.
    public static ApiException NotFound(string id) => ApiException.NotFound($"Account '{id}' was not found");
}
