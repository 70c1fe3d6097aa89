using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;

namespace Agilant.Client.Tests.Support;

/// <summary>
/// Just enough of POST /account and GET /account/{id} to drive the batch logic through the cases the emulator
/// does not produce: a 422 that names no id, and a batch applied although its answer was lost.
/// </summary>
internal sealed class FakeAccountsServer
{
    private readonly Dictionary<string, JsonObject> accounts = new();

    /// <summary>Whether a 422 names the ids that exist already (the emulator's does; the real API's may not).</summary>
    public bool NamesIdsIn422 { get; set; } = true;

    /// <summary>How many next batches to apply and then answer 504, as a gateway that loses the answer does.</summary>
    public int LoseAnswers { get; set; }

    public int Posts { get; private set; }

    public int Gets { get; private set; }

    public IReadOnlyCollection<string> Ids => accounts.Keys;

    public void Seed(string id, string firstName) =>
        accounts[id] = new JsonObject { ["id"] = id, ["firstName"] = firstName, ["lastName"] = "Seeded", ["emailAddress"] = "seed@testco.com", ["service"] = new JsonArray() };

    public HttpResponseMessage Answer(SentRequest request)
    {
        if (request.Method == "GET")
        {
            Gets++;
            string id = Uri.UnescapeDataString(request.PathAndQuery.Split('/')[3]);
            return accounts.TryGetValue(id, out JsonObject? found)
                ? Json(HttpStatusCode.OK, new JsonObject { ["success"] = true, ["error"] = null, ["account"] = found.DeepClone() })
                : Json(HttpStatusCode.NotFound, new JsonObject { ["success"] = false, ["error"] = $"Account {id} was not found" });
        }

        Posts++;
        var batch = JsonNode.Parse(request.Body!)!["account"]!.AsArray().Select(node => node!.AsObject()).ToList();
        var bad = batch.Where(account => !account["emailAddress"]!.GetValue<string>().Contains('@')).ToList();
        if (bad.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["success"] = false, ["error"] = "emailAddress is not valid" });
        }

        var taken = batch.Select(account => account["id"]!.GetValue<string>()).Where(accounts.ContainsKey).ToList();
        if (taken.Count > 0)
        {
            string error = NamesIdsIn422 ? "Accounts already exist: " + string.Join(", ", taken) : "Account already exists";
            return Json(HttpStatusCode.UnprocessableEntity, new JsonObject { ["success"] = false, ["error"] = error });
        }

        foreach (JsonObject account in batch)
        {
            accounts[account["id"]!.GetValue<string>()] = (JsonObject)account.DeepClone();
        }

        if (LoseAnswers > 0)
        {
            LoseAnswers--;
            return Json(HttpStatusCode.GatewayTimeout, new JsonObject { ["success"] = false, ["error"] = "Gateway timeout" });
        }

        return Json(HttpStatusCode.Created, new JsonObject { ["success"] = true, ["error"] = null });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
