using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class AccountRoutesTests : EmulatorTest
{
    [Theory]
    [InlineData("/account/a%2Fb", "a/b")]
    [InlineData("/account/x%3Fy", "x?y")]
    [InlineData("/account/%23", "#")]
    [InlineData("/account/two%20words", "two words")]
    [InlineData("/account/caf%C3%A9%25", "café%")]
    [InlineData("/account/a+b", "a+b")]
    public async Task AnIdIsOneSegment_PercentDecodedOnItsOwn(string target, string id)
    {
        SeedAccount(AccountSamples.Account with { Id = id });

        var got = await AccountClient.GetAsync(target);
        var link = await AccountClient.GetAsync(target + "/link/agent");
        var deleted = await AccountClient.DeleteAsync(target);

        Assert.Equal(id, got.Json.GetProperty("account").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, link.Status);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task AnIdWithSpecialCharacters_CanBeCreatedAndUsedThroughEveryRoute()
    {
        const string id = "a/b?c#d e";
        var escaped = Uri.EscapeDataString(id);

        var created = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row(id)));
        var service = await AccountClient.PostAsync($"/account/{escaped}/service", """{"service":{"skuNumber":"S/1?#","purchaseDate":"2020-01-01"}}""");
        var changed = await AccountClient.PutAsync($"/account/{escaped}/service/S%2F1%3F%23", """{"service":{"lineNumber":1,"comment":"ok"}}""");
        var renamed = await AccountClient.PutAsync($"/account/{escaped}", """{"account":{"lastName":"M"}}""");
        var removed = await AccountClient.DeleteAsync($"/account/{escaped}/service/S%2F1%3F%23", """{"lineNumber":1}""");

        Assert.Equal([201, 201, 200, 200, 200], new[] { created, service, changed, renamed, removed }.Select(reply => (int)reply.Status));
        Assert.Equal("M", Emulator.State.Accounts.Get(id)!.LastName);
        Assert.Empty(Emulator.State.Accounts.Get(id)!.Services);
        Assert.Equal(["account", id, "service", "S/1?#"], Emulator.Requests.All[2].Segments);
    }

    [Fact]
    public async Task AnEscapedSlash_CannotReachAnotherRoute()
    {
        SeedAccount();

        var reply = await AccountClient.PostAsync("/account/23526813%2Fservice", """{"service":{"skuNumber":"S","purchaseDate":"2020-01-01"}}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(2, Emulator.State.Accounts.Get("23526813")!.Services.Count);
    }

    [Theory]
    [InlineData("GET", "/account", "GET is not allowed on /account; use POST", "POST")]
    [InlineData("PATCH", "/account/1", "PATCH is not allowed on /account/{id}; use GET or PUT or DELETE", "GET, PUT, DELETE")]
    [InlineData("POST", "/account/1/link/agent", "POST is not allowed on /account/{id}/link/agent; use GET", "GET")]
    [InlineData("GET", "/account/1/service", "GET is not allowed on /account/{id}/service; use POST", "POST")]
    [InlineData("GET", "/account/1/service/S", "GET is not allowed on /account/{id}/service/{skuNumber}; use PUT or DELETE", "PUT, DELETE")]
    public async Task AKnownRouteWithTheWrongMethod_Is405WithAllow(string method, string target, string expected, string allow)
    {
        var reply = await AccountClient.SendAsync(new HttpMethod(method), target);

        reply.AssertFailure(HttpStatusCode.MethodNotAllowed, expected);
        Assert.Equal(allow, string.Join(", ", reply.Response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/account/")]
    [InlineData("/accounts/1")]
    [InlineData("/account/1/link")]
    [InlineData("/account/1/service/S/1")]
    public async Task AnUnknownAccountPath_Is404NoRoute(string target)
    {
        var reply = await AccountClient.GetAsync(target);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.StartsWith("No route matches GET ", reply.Error, StringComparison.Ordinal);
    }
}
