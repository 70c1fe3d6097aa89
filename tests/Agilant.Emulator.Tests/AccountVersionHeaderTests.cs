using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class AccountVersionHeaderTests : EmulatorTest
{
    [Fact]
    public async Task WithVersion2_TheAnswerCarriesVersion2_AndErrorNull()
    {
        SeedAccount();

        var reply = await AccountClient.GetAsync("/account/23526813");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2", reply.Version);
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
    }

    [Theory]
    [InlineData("GET", "/account/23526813", null)]
    [InlineData("POST", "/account", """{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co"}]}""")]
    [InlineData("PUT", "/account/23526813", """{"account":{"firstName":"F"}}""")]
    [InlineData("DELETE", "/account/23526813", null)]
    [InlineData("GET", "/account/23526813/link/agent", null)]
    [InlineData("POST", "/account/23526813/service", """{"service":{"skuNumber":"S","purchaseDate":"2020-01-01"}}""")]
    [InlineData("PUT", "/account/23526813/service/PREM-SECURITY", """{"service":{"lineNumber":1,"comment":"c"}}""")]
    [InlineData("DELETE", "/account/23526813/service/PREM-SECURITY", """{"lineNumber":1}""")]
    public async Task WithoutVersion_EveryAccountRoute_Is400_AndChangesNothing(string method, string target, string? body)
    {
        var seeded = SeedAccount();

        var reply = await Client.SendAsync(new HttpMethod(method), target, body);

        reply.AssertFailure(HttpStatusCode.BadRequest, "The Version header is required by the Account Management API and must be 2");
        Assert.Equal("2", reply.Version);
        Assert.Same(seeded, Assert.Single(Emulator.State.Accounts.List()));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("2.0")]
    [InlineData("02")]
    [InlineData("v2")]
    [InlineData("2, 2")]
    public async Task AnotherVersion_Is400NamingIt(string version)
    {
        SeedAccount();

        var reply = await Client.SendAsync(HttpMethod.Get, "/account/23526813", adjust: request => request.Headers.TryAddWithoutValidation("Version", version));

        reply.AssertFailure(HttpStatusCode.BadRequest, $"The Version header is required by the Account Management API and must be 2, not '{version}'");
        Assert.Equal("2", reply.Version);
    }

    [Fact]
    public async Task TheVersionIsCheckedAfterTheSignature_AndBeforeTheBody()
    {
        var unsigned = await Client.SendAsync(HttpMethod.Post, "/account", "{", request => request.Headers.Remove("Authorization"));
        var badBody = await Client.PostAsync("/account", "{");

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
        badBody.AssertFailure(HttpStatusCode.BadRequest, "The Version header is required by the Account Management API and must be 2");
    }

    [Fact]
    public async Task EveryAnswerOnAnAccountPath_CarriesVersion2_FailuresToo()
    {
        var notFound = await AccountClient.GetAsync("/account/nobody");
        var badRequest = await AccountClient.PostAsync("/account", """{"account":{}}""");
        var notAllowed = await AccountClient.SendAsync(HttpMethod.Patch, "/account/nobody");
        var unauthorized = await AccountClient.SendAsync(HttpMethod.Get, "/account/nobody", adjust: request => request.Headers.Remove("Timestamp"));

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed, HttpStatusCode.Unauthorized],
            new[] { notFound.Status, badRequest.Status, notAllowed.Status, unauthorized.Status });
        Assert.All(new[] { notFound, badRequest, notAllowed, unauthorized }, reply => Assert.Equal("2", reply.Version));
    }

    [Fact]
    public async Task AnInjectedFault_IsTheGatewaysAnswer_WithoutTheApisVersionHeader()
    {
        Emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/account", StatusCode = 502 });

        var reply = await AccountClient.GetAsync("/account/23526813");

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Null(reply.Version);
    }

    [Fact]
    public async Task TheTicketingApi_TakesNoVersionHeader_SendsNone_AndKeepsItsEmptyError()
    {
        var ticket = SeedTicket();

        var without = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");
        var with = await AccountClient.GetAsync($"/ticket/{ticket.TicketNumber}");
        var unknownRoute = await AccountClient.GetAsync("/accounts/1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (without.Status, with.Status));
        Assert.Equal("", with.Error);
        Assert.Null(without.Version);
        Assert.Null(with.Version);
        Assert.Null(unknownRoute.Version);
    }
}
