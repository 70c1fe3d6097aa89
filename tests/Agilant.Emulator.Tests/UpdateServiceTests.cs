using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class UpdateServiceTests : EmulatorTest
{
    private static readonly Service Line1 = AccountSamples.Account.Services[0];
    private static readonly Service Line2 = AccountSamples.Account.Services[1];

    [Fact]
    public async Task TheDocumentsSampleUpdate_Is200WithTheBareEnvelope_AndSetsTheFields()
    {
        SeedAccount(AccountSamples.Account with
        {
            Services = [Line1 with { PurchaseDate = new DateOnly(2019, 1, 1), CancellationDate = null, Comment = "old" }, Line2],
        });

        var reply = await AccountClient.PutAsync("/account/23526813/service/PREM-SECURITY", AccountSamples.UpdateServiceRequest);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
        Assert.Equal([Line1, Line2], Emulator.State.Accounts.Get("23526813")!.Services);
    }

    [Fact]
    public async Task OnlyTheFieldsSent_Change()
    {
        SeedAccount();

        await AccountClient.PutAsync("/account/23526813/service/IHIO-SMARTTV", """{"service":{"lineNumber":2,"renewalDate":"2021-01-01","comment":"Ring twice"}}""");

        Assert.Equal(
            [Line1, Line2 with { RenewalDate = new DateOnly(2021, 1, 1), Comment = "Ring twice" }],
            Emulator.State.Accounts.Get("23526813")!.Services);
    }

    [Fact]
    public async Task AnExplicitNull_ClearsTheCancellationRenewalAndExpirationDates_AndTheOptionalStrings()
    {
        SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813/service/PREM-SECURITY", """
            {"service":{"lineNumber":1,"cancellationDate":null,"renewalDate":null,"expirationDate":null,
                        "storeNumber":null,"associateId":null,"transactionId":null,"invoiceNumber":null,"comment":null}}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(
            new Service { LineNumber = 1, SkuNumber = "PREM-SECURITY", Status = "ACTIVE", PurchaseDate = new DateOnly(2020, 1, 1) },
            Emulator.State.Accounts.Get("23526813")!.Services[0]);
        var got = (await AccountClient.GetAsync("/account/23526813")).Json.GetProperty("account").GetProperty("service")[0];
        Assert.Equal(JsonValueKind.Null, got.GetProperty("cancellationDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, got.GetProperty("comment").ValueKind);
    }

    [Fact]
    public async Task OneServiceOfTwoWithTheSameSku_IsChangedByItsLineNumber()
    {
        SeedAccount(AccountSamples.Account with { Services = [Line1, Line1 with { LineNumber = 2 }] });

        await AccountClient.PutAsync("/account/23526813/service/PREM-SECURITY", """{"service":{"lineNumber":2,"comment":"second"}}""");

        Assert.Equal([Line1, Line1 with { LineNumber = 2, Comment = "second" }], Emulator.State.Accounts.Get("23526813")!.Services);
    }

    [Theory]
    [InlineData("""{"service":{"comment":"c"}}""", "service.lineNumber is required")]
    [InlineData("""{"service":{"lineNumber":null,"comment":"c"}}""", "service.lineNumber cannot be null")]
    [InlineData("""{"service":{"lineNumber":"1","comment":"c"}}""", "service.lineNumber must be an integer, not a string")]
    [InlineData("""{"service":{"lineNumber":1}}""", "Nothing to update: send at least one of purchaseDate, cancellationDate, renewalDate, expirationDate, storeNumber, associateId, transactionId, invoiceNumber, comment in service, beside lineNumber")]
    [InlineData("""{"service":{}}""", "service.lineNumber is required")]
    [InlineData("""{"service":{"lineNumber":1,"purchaseDate":null}}""", "service.purchaseDate cannot be null")]
    [InlineData("""{"service":{"lineNumber":1,"purchaseDate":"2020-1-1"}}""", "service.purchaseDate must be a date as yyyy-MM-dd, not '2020-1-1'")]
    [InlineData("""{"service":{"lineNumber":1,"expirationDate":"31/12/2020"}}""", "service.expirationDate must be a date as yyyy-MM-dd, not '31/12/2020'")]
    [InlineData("""{"service":{"lineNumber":1,"cancellationDate":false}}""", "service.cancellationDate must be a string, a date as yyyy-MM-dd, not a boolean")]
    [InlineData("""{"service":{"lineNumber":1,"status":"CANCELLED"}}""", "unknown field 'service.status' (the fields are: lineNumber, purchaseDate, cancellationDate, renewalDate, expirationDate, storeNumber, associateId, transactionId, invoiceNumber, comment)")]
    [InlineData("""{"service":{"lineNumber":1,"skuNumber":"OTHER"}}""", "unknown field 'service.skuNumber' (the fields are: lineNumber, purchaseDate, cancellationDate, renewalDate, expirationDate, storeNumber, associateId, transactionId, invoiceNumber, comment)")]
    [InlineData("""{"service":{"lineNumber":1,"Comment":"c"}}""", "unknown field 'service.Comment' (did you mean 'comment'?)")]
    [InlineData("""{"lineNumber":1,"comment":"c"}""", "unknown field 'lineNumber' (the fields are: service)")]
    [InlineData("""{"service":[{"lineNumber":1,"comment":"c"}]}""", "service must be an object, not an array")]
    public async Task AnInvalidUpdate_Is400_AndChangesNothing(string body, string expected)
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813/service/PREM-SECURITY", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Theory]
    [InlineData("/account/23526813/service/PREM-SECURITY", 3, "Account '23526813' has no service 'PREM-SECURITY' on line 3 (its services: line 1 'PREM-SECURITY', line 2 'IHIO-SMARTTV')")]
    [InlineData("/account/23526813/service/PREM-SECURITY", 2, "Account '23526813' has no service 'PREM-SECURITY' on line 2 (its services: line 1 'PREM-SECURITY', line 2 'IHIO-SMARTTV')")]
    [InlineData("/account/23526813/service/prem-security", 1, "Account '23526813' has no service 'prem-security' on line 1 (its services: line 1 'PREM-SECURITY', line 2 'IHIO-SMARTTV')")]
    [InlineData("/account/nobody/service/PREM-SECURITY", 1, "Account 'nobody' was not found")]
    public async Task AnUnknownAccountOrServiceOnThatLine_Is404(string target, int lineNumber, string expected)
    {
        SeedAccount();

        var reply = await AccountClient.PutAsync(target, $$$"""{"service":{"lineNumber":{{{lineNumber}}},"comment":"c"}}""");

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
    }

    [Fact]
    public async Task AnAccountWithoutServices_SaysSo()
    {
        SeedAccount(AccountSamples.Account with { Services = [] });

        var reply = await AccountClient.PutAsync("/account/23526813/service/S", """{"service":{"lineNumber":1,"comment":"c"}}""");

        reply.AssertFailure(HttpStatusCode.NotFound, "Account '23526813' has no service 'S' on line 1 (it has no services)");
    }

    [Fact]
    public async Task TheBodyIsCheckedBeforeTheServiceIsLookedUp()
    {
        SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813/service/NONE", """{"service":{"lineNumber":9,"renewalDate":"soon"}}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, "service.renewalDate must be a date as yyyy-MM-dd, not 'soon'");
    }

    [Fact]
    public async Task AnUpdate_RaisesNoEvent()
    {
        SeedAccount();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.PutAsync("/account/23526813/service/PREM-SECURITY", """{"service":{"lineNumber":1,"cancellationDate":null}}""");

        Assert.Empty(raised);
    }
}
