using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class CreateServiceTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleRequest_Is201WithTheBareEnvelope_AndAddsTheServiceAsSent()
    {
        var account = SeedAccount(AccountSamples.Account with { Services = [] });

        var reply = await AccountClient.PostAsync("/account/23526813/service", AccountSamples.CreateServiceRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
        var stored = Emulator.State.Accounts.Get("23526813")!;
        Assert.Equal([AccountSamples.Account.Services[0]], stored.Services);
        Assert.Equal(account with { Services = stored.Services }, stored);
    }

    [Fact]
    public async Task WithoutALineNumber_TheServiceTakesTheHighestPlusOne_AndIsActive()
    {
        SeedAccount(AccountSamples.Account with { Services = [AccountSamples.Account.Services[0] with { LineNumber = 4 }, AccountSamples.Account.Services[1] with { LineNumber = 2 }] });

        await AccountClient.PostAsync("/account/23526813/service", """{"service":{"skuNumber":"IHIO-DOORBELL","purchaseDate":"2020-03-01"}}""");

        var added = Emulator.State.Accounts.Get("23526813")!.Services[2];
        Assert.Equal(new Service { LineNumber = 5, SkuNumber = "IHIO-DOORBELL", Status = "ACTIVE", PurchaseDate = new DateOnly(2020, 3, 1) }, added);
    }

    [Fact]
    public async Task TheFirstServiceOfAnAccount_IsLine1()
    {
        SeedAccount(AccountSamples.Account with { Services = [] });

        await AccountClient.PostAsync("/account/23526813/service", """{"service":{"skuNumber":"S","purchaseDate":"2020-03-01"}}""");

        Assert.Equal(1, Assert.Single(Emulator.State.Accounts.Get("23526813")!.Services).LineNumber);
    }

    [Fact]
    public async Task AGivenLineNumberThatIsFree_IsKept()
    {
        SeedAccount();

        await AccountClient.PostAsync("/account/23526813/service", """{"service":{"lineNumber":9,"skuNumber":"S","purchaseDate":"2020-03-01"}}""");

        Assert.Equal(9, Emulator.State.Accounts.Get("23526813")!.Services[2].LineNumber);
    }

    [Fact]
    public async Task ALineNumberTheAccountHas_Is422_AndAddsNothing()
    {
        var account = SeedAccount();

        var reply = await AccountClient.PostAsync("/account/23526813/service", AccountSamples.CreateServiceRequest);

        reply.AssertFailure(HttpStatusCode.UnprocessableEntity, "Account '23526813' already has a service on line 1: 'PREM-SECURITY'");
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task AnArrayOfServices_Is400_OneServiceACall()
    {
        SeedAccount();

        var reply = await AccountClient.PostAsync("/account/23526813/service", """{"service":[{"skuNumber":"S","purchaseDate":"2020-03-01"}]}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, "service must be one object, not an array: the API adds one service a call");
        Assert.Equal(2, Emulator.State.Accounts.Get("23526813")!.Services.Count);
    }

    [Theory]
    [InlineData("""{"service":{"purchaseDate":"2020-03-01"}}""", "service.skuNumber is required")]
    [InlineData("""{"service":{"skuNumber":"S"}}""", "service.purchaseDate is required")]
    [InlineData("""{"service":{"skuNumber":"","purchaseDate":"2020-03-01"}}""", "service.skuNumber cannot be empty")]
    [InlineData("""{"service":{"skuNumber":"S","purchaseDate":"03/01/2020"}}""", "service.purchaseDate must be a date as yyyy-MM-dd, not '03/01/2020'")]
    [InlineData("""{"service":{"skuNumber":"S","purchaseDate":"2020-03-01","renewalDate":"2021"}}""", "service.renewalDate must be a date as yyyy-MM-dd, not '2021'")]
    [InlineData("""{"service":{"skuNumber":"S","purchaseDate":"2020-03-01","status":"ACTIVE"}}""", "unknown field 'service.status' (the fields are: lineNumber, skuNumber, purchaseDate, cancellationDate, renewalDate, expirationDate, storeNumber, associateId, transactionId, invoiceNumber, comment)")]
    [InlineData("""{"service":{"skuNumber":"S","purchaseDate":"2020-03-01","storeNumber":12345}}""", "service.storeNumber must be a string, not a number")]
    [InlineData("""{"service":{"skuNumber":"S","purchaseDate":"2020-03-01","lineNumber":-1}}""", "service.lineNumber must be a positive integer, not -1")]
    [InlineData("""{"service":null}""", "service must be an object, not null")]
    [InlineData("""{}""", "service is required")]
    [InlineData("""{"skuNumber":"S","purchaseDate":"2020-03-01"}""", "unknown field 'skuNumber' (the fields are: service)")]
    public async Task AnInvalidService_Is400NamingTheField(string body, string expected)
    {
        var account = SeedAccount();

        var reply = await AccountClient.PostAsync("/account/23526813/service", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task AnUnknownAccount_Is404_BeforeTheBodyIsRead()
    {
        var reply = await AccountClient.PostAsync("/account/nobody/service", """{"service":[]}""");

        reply.AssertFailure(HttpStatusCode.NotFound, "Account 'nobody' was not found");
    }

    [Fact]
    public async Task APostWithoutABody_Is400()
    {
        SeedAccount();

        var reply = await AccountClient.SendAsync(HttpMethod.Post, "/account/23526813/service");

        reply.AssertFailure(HttpStatusCode.BadRequest, "POST /account/{id}/service needs a JSON object as its request body");
    }
}
