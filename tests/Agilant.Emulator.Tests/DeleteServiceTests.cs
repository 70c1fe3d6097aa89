using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class DeleteServiceTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleRequest_Is200WithTheBareEnvelope_AndRemovesThatService()
    {
        SeedAccount();

        var reply = await AccountClient.DeleteAsync("/account/23526813/service/PREM-SECURITY", AccountSamples.DeleteServiceRequest);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal([AccountSamples.Account.Services[1]], Emulator.State.Accounts.Get("23526813")!.Services);
    }

    [Fact]
    public async Task OfTwoServicesWithTheSameSku_OnlyTheOneOnThatLineGoes()
    {
        var line1 = AccountSamples.Account.Services[0];
        SeedAccount(AccountSamples.Account with { Services = [line1, line1 with { LineNumber = 2 }] });

        await AccountClient.DeleteAsync("/account/23526813/service/PREM-SECURITY", """{"lineNumber":2}""");

        Assert.Equal([line1], Emulator.State.Accounts.Get("23526813")!.Services);
    }

    [Fact]
    public async Task TheBody_IsRequired()
    {
        var account = SeedAccount();

        var reply = await AccountClient.SendAsync(HttpMethod.Delete, "/account/23526813/service/PREM-SECURITY");

        reply.AssertFailure(HttpStatusCode.BadRequest, "DELETE /account/{id}/service/{skuNumber} needs a JSON object as its request body");
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Theory]
    [InlineData("{}", "lineNumber is required")]
    [InlineData("""{"lineNumber":null}""", "lineNumber cannot be null")]
    [InlineData("""{"lineNumber":"1"}""", "lineNumber must be an integer, not a string")]
    [InlineData("""{"lineNumber":0}""", "lineNumber must be a positive integer, not 0")]
    [InlineData("""{"lineNumber":1,"skuNumber":"PREM-SECURITY"}""", "unknown field 'skuNumber' (the fields are: lineNumber)")]
    [InlineData("""{"service":{"lineNumber":1}}""", "unknown field 'service' (the fields are: lineNumber)")]
    [InlineData("[]", "The request body must be a JSON object, not an array")]
    public async Task ABodyWithoutAGoodLineNumber_Is400(string body, string expected)
    {
        var account = SeedAccount();

        var reply = await AccountClient.DeleteAsync("/account/23526813/service/PREM-SECURITY", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Theory]
    [InlineData("/account/23526813/service/PREM-SECURITY", 2, "Account '23526813' has no service 'PREM-SECURITY' on line 2 (its services: line 1 'PREM-SECURITY', line 2 'IHIO-SMARTTV')")]
    [InlineData("/account/23526813/service/OTHER", 1, "Account '23526813' has no service 'OTHER' on line 1 (its services: line 1 'PREM-SECURITY', line 2 'IHIO-SMARTTV')")]
    [InlineData("/account/nobody/service/PREM-SECURITY", 1, "Account 'nobody' was not found")]
    public async Task AnUnknownAccountOrServiceOnThatLine_Is404(string target, int lineNumber, string expected)
    {
        var account = SeedAccount();

        var reply = await AccountClient.DeleteAsync(target, $$"""{"lineNumber":{{lineNumber}}}""");

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task RemovingAService_RaisesServiceRemoved_WithTheAccountAsItIsNow()
    {
        SeedAccount();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.DeleteAsync("/account/23526813/service/IHIO-SMARTTV", """{"lineNumber":2}""");

        var removed = Assert.IsType<ServiceRemoved>(Assert.Single(raised));
        Assert.Same(Emulator.State.Accounts.Get("23526813"), removed.Account);
        Assert.Equal(AccountSamples.Account.Services[1], removed.Service);
    }

    [Fact]
    public async Task AfterRemoval_ANewServiceTakesTheHighestRemainingPlusOne()
    {
        SeedAccount();
        await AccountClient.DeleteAsync("/account/23526813/service/IHIO-SMARTTV", """{"lineNumber":2}""");

        await AccountClient.PostAsync("/account/23526813/service", """{"service":{"skuNumber":"S","purchaseDate":"2020-01-01"}}""");

        Assert.Equal([1, 2], Emulator.State.Accounts.Get("23526813")!.Services.Select(service => service.LineNumber));
    }
}
