using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;
using ClientSamples = Agilant.Client.Tests.Support.Samples;

namespace Agilant.Emulator.Tests;

public sealed class GetAccountTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleAccount_ComesBackExactlyAsTheDocumentsSampleResponse()
    {
        SeedAccount();

        var reply = await AccountClient.GetAsync("/account/23526813");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(ClientSamples.AccountAnswer), JsonShape.Of(reply.Json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ClientSamples.AccountAnswer), JsonNode.Parse(reply.Body)), reply.Body);
    }

    [Fact]
    public async Task AnAccountWithOnlyTheRequiredFields_HasEveryField_NullWhereUnset()
    {
        await AccountClient.PostAsync(
            "/account",
            """{"account":[{"id":"7","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-02-29"}]}]}""");

        var reply = await AccountClient.GetAsync("/account/7");

        var createDate = reply.Json.GetProperty("account").GetProperty("createDate").GetString();
        Assert.True(
            JsonNode.DeepEquals(
                JsonNode.Parse($$$"""
                    {"success":true,"error":null,"account":{"id":"7","firstName":"F","lastName":"L","emailAddress":"a@b.co","phoneNumber":null,
                     "businessName":null,"createDate":"{{{createDate}}}","status":"ACTIVE","service":[{"lineNumber":1,"skuNumber":"S","status":"ACTIVE",
                     "purchaseDate":"2020-02-29","cancellationDate":null,"renewalDate":null,"expirationDate":null,"storeNumber":null,"associateId":null,
                     "transactionId":null,"invoiceNumber":null,"comment":null}]}}
                    """),
                JsonNode.Parse(reply.Body)),
            reply.Body);
    }

    [Fact]
    public async Task AnAccountWithoutServices_HasAnEmptyServiceArray()
    {
        SeedAccount(AccountSamples.Account with { Services = [] });

        var reply = await AccountClient.GetAsync("/account/23526813");

        Assert.Equal(0, reply.Json.GetProperty("account").GetProperty("service").GetArrayLength());
    }

    [Fact]
    public async Task StatusesTheDocumentsDoNotList_AreServedAsSeeded()
    {
        SeedAccount(AccountSamples.Account with { Status = "SUSPENDED", Services = [AccountSamples.Account.Services[0] with { Status = "PAUSED" }] });

        var account = (await AccountClient.GetAsync("/account/23526813")).Json.GetProperty("account");

        Assert.Equal("SUSPENDED", account.GetProperty("status").GetString());
        Assert.Equal("PAUSED", account.GetProperty("service")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/account/23526814", "Account '23526814' was not found")]
    [InlineData("/account/%2023526813", "Account ' 23526813' was not found")]
    [InlineData("/account/23526813%2F", "Account '23526813/' was not found")]
    public async Task AnUnknownAccount_Is404(string target, string expected)
    {
        SeedAccount();

        var reply = await AccountClient.GetAsync(target);

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
    }

    [Fact]
    public async Task IdsAreCaseSensitive()
    {
        SeedAccount(AccountSamples.Account with { Id = "abc" });

        var reply = await AccountClient.GetAsync("/account/ABC");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }
}
