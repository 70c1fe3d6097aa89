using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class CreateAccountTests : EmulatorTest
{
    // The server's clock is set back, so that createDate shows it is the server's today, not the real one.
    protected override EmulatorOptions Options => new() { ClockOffset = TimeSpan.FromDays(-3), AllowedClockSkew = TimeSpan.FromDays(4) };

    [Fact]
    public async Task TheDocumentsSampleRequest_Is201WithTheBareEnvelope()
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.CreateAccountRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.True(reply.Success);
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
        Assert.Equal("2", reply.Version);
    }

    [Fact]
    public async Task TheSampleAccountIsStoredAsSent_ActiveWithActiveServices_CreatedOnTheServersToday()
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));

        await AccountClient.PostAsync("/account", AccountSamples.CreateAccountRequest);

        var account = Emulator.State.Accounts.Get("23526813")!;
        Assert.InRange(account.CreateDate, before, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));
        var sample = AccountSamples.Account;
        Assert.Equal(sample with { CreateDate = account.CreateDate, Services = account.Services }, account);
        Assert.Equal([sample.Services[0], sample.Services[1] with { Status = "ACTIVE" }], account.Services);
    }

    [Fact]
    public async Task ManyAccountsInOneBatch_AreAllCreated()
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"), AccountSamples.Row("2"), AccountSamples.Row("3")));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(["1", "2", "3"], Emulator.State.Accounts.List().Select(account => account.Id));
    }

    [Fact]
    public async Task ServicesWithoutLineNumbers_AreNumbered1_2_3InOrder()
    {
        await AccountClient.PostAsync("/account", """
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[
                {"skuNumber":"A","purchaseDate":"2020-01-01"},{"skuNumber":"B","purchaseDate":"2020-01-01"},{"skuNumber":"A","purchaseDate":"2020-01-02"}]}]}
            """);

        Assert.Equal([(1, "A"), (2, "B"), (3, "A")], Emulator.State.Accounts.Get("1")!.Services.Select(service => (service.LineNumber, service.SkuNumber)));
    }

    [Fact]
    public async Task AGivenLineNumberIsKept_AndTheOthersTakeTheLowestFreeNumbersInOrder()
    {
        await AccountClient.PostAsync("/account", """
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[
                {"skuNumber":"A","purchaseDate":"2020-01-01"},{"skuNumber":"B","purchaseDate":"2020-01-01","lineNumber":1},
                {"skuNumber":"C","purchaseDate":"2020-01-01","lineNumber":7},{"skuNumber":"D","purchaseDate":"2020-01-01"}]}]}
            """);

        Assert.Equal([(2, "A"), (1, "B"), (7, "C"), (3, "D")], Emulator.State.Accounts.Get("1")!.Services.Select(service => (service.LineNumber, service.SkuNumber)));
    }

    [Fact]
    public async Task NullOptionalFields_AreAcceptedAsNotGiven()
    {
        var reply = await AccountClient.PostAsync("/account", """
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","phoneNumber":null,"businessName":null,"service":[
                {"skuNumber":"A","purchaseDate":"2020-01-01","lineNumber":null,"cancellationDate":null,"comment":null}]}]}
            """);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        var account = Emulator.State.Accounts.Get("1")!;
        Assert.Null(account.PhoneNumber);
        Assert.Equal(1, Assert.Single(account.Services).LineNumber);
    }

    [Fact]
    public async Task ANullServiceArray_IsNoServices()
    {
        var reply = await AccountClient.PostAsync("/account", """{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":null}]}""");

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Empty(Emulator.State.Accounts.Get("1")!.Services);
    }

    [Theory]
    [InlineData("""{"firstName":"F","lastName":"L","emailAddress":"a@b.co"}""", "account[3].id is required")]
    [InlineData("""{"id":"x","lastName":"L","emailAddress":"a@b.co"}""", "account[3].firstName is required")]
    [InlineData("""{"id":"x","firstName":"F","emailAddress":"a@b.co"}""", "account[3].lastName is required")]
    [InlineData("""{"id":"x","firstName":"F","lastName":"L"}""", "account[3].emailAddress is required")]
    [InlineData("""{"id":"","firstName":"F","lastName":"L","emailAddress":"a@b.co"}""", "account[3].id cannot be empty")]
    [InlineData("""{"id":"x","firstName":null,"lastName":"L","emailAddress":"a@b.co"}""", "account[3].firstName cannot be null")]
    [InlineData("""{"id":"x","firstName":"F","lastName":" ","emailAddress":"a@b.co"}""", "account[3].lastName cannot be empty")]
    [InlineData("""{"id":"x","firstName":"F","lastName":"L","emailAddress":"jdoe"}""", "account[3].emailAddress 'jdoe' is not a valid email address")]
    [InlineData("""{"id":"x","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"purchaseDate":"2020-01-01"}]}""", "account[3].service[0].skuNumber is required")]
    [InlineData("""{"id":"x","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S"}]}""", "account[3].service[0].purchaseDate is required")]
    [InlineData("""{"id":"x","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":null}]}""", "account[3].service[0].purchaseDate cannot be null")]
    public async Task ARequiredFieldMissingOrEmpty_Is400NamingItsPlace(string fourthRow, string expected)
    {
        var rows = Enumerable.Range(0, 3).Select(i => AccountSamples.Row($"ok{i}")).Append(fourthRow).Append(AccountSamples.Row("ok4")).ToArray();

        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(rows));

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Theory]
    [InlineData("01/02/2020")]
    [InlineData("2020-1-2")]
    [InlineData("2020-02-30")]
    [InlineData("2020-13-01")]
    [InlineData("2020-01-01T00:00:00")]
    [InlineData("2020-01-01 ")]
    [InlineData("")]
    public async Task ADateNotAsYyyyMmDd_Is400NamingTheFieldAndTheValue(string date)
    {
        var reply = await AccountClient.PostAsync("/account", $$"""
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[
                {"skuNumber":"A","purchaseDate":"2020-01-01"},{"skuNumber":"B","purchaseDate":"{{date}}"}]}]}
            """);

        reply.AssertFailure(HttpStatusCode.BadRequest, $"account[0].service[1].purchaseDate must be a date as yyyy-MM-dd, not '{date}'");
    }

    [Theory]
    [InlineData("cancellationDate")]
    [InlineData("renewalDate")]
    [InlineData("expirationDate")]
    public async Task AnOptionalDateNotAsYyyyMmDd_Is400Too(string field)
    {
        var reply = await AccountClient.PostAsync("/account", $$"""
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"A","purchaseDate":"2020-01-01","{{field}}":"2021-07-01T00:00:00-05:00"}]}]}
            """);

        reply.AssertFailure(HttpStatusCode.BadRequest, $"account[0].service[0].{field} must be a date as yyyy-MM-dd, not '2021-07-01T00:00:00-05:00'");
    }

    [Theory]
    [InlineData("""{"account":{"id":"1"}}""", "account must be an array, not an object")]
    [InlineData("""{"account":null}""", "account must be an array, not null")]
    [InlineData("""{"account":[]}""", "account cannot be empty: send at least one account")]
    [InlineData("""{}""", "account is required")]
    [InlineData("""{"account":["1"]}""", "account[0] must be an object, not a string")]
    [InlineData("""{"accounts":[]}""", "unknown field 'accounts' (did you mean 'account'?)")]
    [InlineData("""{"rows":[]}""", "unknown field 'rows' (the fields are: account)")]
    [InlineData("""{"account":[{"id":1,"firstName":"F","lastName":"L","emailAddress":"a@b.co"}]}""", "account[0].id must be a string, not a number")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","phoneNumber":5345553467}]}""", "account[0].phoneNumber must be a string, not a number")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":{}}]}""", "account[0].service must be an array, not an object")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":20200101}]}]}""", "account[0].service[0].purchaseDate must be a string, a date as yyyy-MM-dd, not a number")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-01-01","lineNumber":"1"}]}]}""", "account[0].service[0].lineNumber must be an integer, not a string")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-01-01","lineNumber":0}]}]}""", "account[0].service[0].lineNumber must be a positive integer, not 0")]
    [InlineData("""{"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-01-01","lineNumber":1.5}]}]}""", "account[0].service[0].lineNumber must be a positive integer, not 1.5")]
    public async Task AWrongShapeOrJsonType_Is400NamingThePlace(string body, string expected)
    {
        var reply = await AccountClient.PostAsync("/account", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
    }

    [Theory]
    [InlineData("""{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","EmailAddress":"a@b.co"}""", "unknown field 'account[1].EmailAddress' (did you mean 'emailAddress'?)")]
    [InlineData("""{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","status":"ACTIVE"}""", "unknown field 'account[1].status' (the fields are: id, firstName, lastName, emailAddress, phoneNumber, businessName, service)")]
    [InlineData("""{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","createDate":"2020-01-01"}""", "unknown field 'account[1].createDate'")]
    [InlineData("""{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","services":[]}""", "unknown field 'account[1].services' (did you mean")]
    [InlineData("""{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-01-01","status":"ACTIVE"}]}""", "unknown field 'account[1].service[0].status' (the fields are: lineNumber, skuNumber, purchaseDate, cancellationDate, renewalDate, expirationDate, storeNumber, associateId, transactionId, invoiceNumber, comment)")]
    [InlineData("""{"id":"1","id":"2","firstName":"F","lastName":"L","emailAddress":"a@b.co"}""", "duplicate field 'account[1].id'")]
    public async Task AnUnknownOrRepeatedField_Is400NamingThePlace(string secondRow, string expected)
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("0"), secondRow));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith(expected, reply.Error, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task TheSameLineNumberTwiceOnOneAccount_Is400()
    {
        var reply = await AccountClient.PostAsync("/account", """
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[
                {"skuNumber":"A","purchaseDate":"2020-01-01","lineNumber":1},{"skuNumber":"B","purchaseDate":"2020-01-01"},{"skuNumber":"C","purchaseDate":"2020-01-01","lineNumber":1}]}]}
            """);

        reply.AssertFailure(
            HttpStatusCode.BadRequest,
            "account[0].service[2].lineNumber 1 repeats account[0].service[0].lineNumber: each service of an account needs its own line number");
    }

    [Fact]
    public async Task TheSameLineNumberOnTwoAccounts_IsFine()
    {
        var reply = await AccountClient.PostAsync("/account", """
            {"account":[{"id":"1","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"A","purchaseDate":"2020-01-01","lineNumber":1}]},
                        {"id":"2","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"A","purchaseDate":"2020-01-01","lineNumber":1}]}]}
            """);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
    }

    [Fact]
    public async Task TheSameIdTwiceInOneBatch_Is400NamingBothPlaces_AndCreatesNothing()
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("a"), AccountSamples.Row("555"), AccountSamples.Row("b"), AccountSamples.Row("555")));

        reply.AssertFailure(HttpStatusCode.BadRequest, "account[3].id '555' repeats account[1].id: an id may come only once a batch");
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task IdsThatDifferOnlyInCase_AreDifferentAccounts()
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("abc"), AccountSamples.Row("ABC")));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(2, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task ABadRow_IsReportedBeforeAnExistingId()
    {
        SeedAccount();

        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("23526813"), """{"id":"2","firstName":"F","lastName":"L"}"""));

        reply.AssertFailure(HttpStatusCode.BadRequest, "account[1].emailAddress is required");
    }
}
