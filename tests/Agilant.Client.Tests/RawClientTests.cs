using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Raw;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class RawClientTests
{
    [Theory]
    [InlineData("/ticket/1", AgilantApi.Ticketing)]
    [InlineData("/ticket", AgilantApi.Ticketing)]
    [InlineData("/account/a/service/b", AgilantApi.AccountManagement)]
    [InlineData("/order/89023475", AgilantApi.AccountManagement)]
    [InlineData("/order/89023475/item/SKU1", AgilantApi.AccountManagement)]
    [InlineData("/order/12345678/diagnostic", AgilantApi.Order)]
    [InlineData("/provider", null)]
    [InlineData("/account?x=1", AgilantApi.AccountManagement)]
    public void Infers_the_API_from_the_route(string route, AgilantApi? api)
    {
        Assert.Equal(api, ApiRoutes.Infer(route));
    }

    [Fact]
    public async Task Sends_a_string_body_as_it_is_and_returns_plain_values()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.OK,
            """{"success":true,"error":"","providers":[{"providerName":"Porch","avgRating":4.3,"count":2,"ok":true,"none":null}]}""");

        object? answer = await test.Client.Raw.SendAsync("get", "/provider", """{"providers":["C638"]}""", null, CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("GET", sent.Method);
        Assert.Equal("""{"providers":["C638"]}""", sent.Body);
        var root = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(answer);
        var providers = Assert.IsType<object?[]>(Assert.Single(root, pair => pair.Key == "providers").Value);
        var provider = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(Assert.Single(providers));
        Assert.Contains(new KeyValuePair<string, object?>("providerName", "Porch"), provider);
        Assert.Contains(new KeyValuePair<string, object?>("avgRating", 4.3m), provider);
        Assert.Contains(new KeyValuePair<string, object?>("count", 2L), provider);
        Assert.Contains(new KeyValuePair<string, object?>("ok", true), provider);
        Assert.Contains(new KeyValuePair<string, object?>("none", null), provider);
    }

    [Fact]
    public async Task Serialises_any_other_body_to_JSON()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, """{"success":true,"error":null}""");

        await test.Client.Raw.SendAsync("PUT", "/account/a1", new Dictionary<string, object?> { ["account"] = new Dictionary<string, object?> { ["firstName"] = "Ann" } }, null, CancellationToken.None);

        Assert.Equal("""{"account":{"firstName":"Ann"}}""", Assert.Single(test.Handler.Sent).Body);
    }

    [Theory]
    [InlineData("ticket/1")]
    [InlineData("https://evil.example/ticket/1")]
    [InlineData("//evil.example/ticket/1")]
    [InlineData("")]
    public async Task Refuses_a_route_that_is_not_a_path_on_the_API_host(string route)
    {
        using var test = new TestClient();

        await Assert.ThrowsAsync<ArgumentException>(() => test.Client.Raw.SendAsync("GET", route, null, null, CancellationToken.None));
        Assert.Empty(test.Handler.Sent);
    }

    [Fact]
    public async Task Reports_a_failing_status_like_any_other_call()
    {
        using var test = new TestClient().Answer(HttpStatusCode.NotFound, """{"success":false,"error":"No such route"}""");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Raw.SendAsync("DELETE", "/nothing/here", null, null, CancellationToken.None));

        Assert.Equal(404, failure.StatusCode);
        Assert.Equal("DELETE", failure.Method);
    }
}
