using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class UpdateAccountTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleUpdate_Is200WithTheBareEnvelope_AndSetsTheFields()
    {
        var account = SeedAccount(AccountSamples.Account with { FirstName = "Janet", PhoneNumber = null, BusinessName = null });

        var reply = await AccountClient.PutAsync("/account/23526813", AccountSamples.UpdateAccountRequest);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
        Assert.Equal(account with { FirstName = "Jane", PhoneNumber = "534-555-3467", BusinessName = "ABC Company" }, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task OnlyTheFieldsSent_Change()
    {
        var account = SeedAccount();

        await AccountClient.PutAsync("/account/23526813", """{"account":{"lastName":"Roe","emailAddress":"jroe@abccompany.com"}}""");

        Assert.Equal(account with { LastName = "Roe", EmailAddress = "jroe@abccompany.com" }, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task AnExplicitNull_ClearsThePhoneNumberAndTheBusinessName()
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813", """{"account":{"phoneNumber":null,"businessName":null}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(account with { PhoneNumber = null, BusinessName = null }, Emulator.State.Accounts.Get("23526813"));
        var got = (await AccountClient.GetAsync("/account/23526813")).Json.GetProperty("account");
        Assert.Equal(JsonValueKind.Null, got.GetProperty("phoneNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, got.GetProperty("businessName").ValueKind);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("firstName")]
    [InlineData("lastName")]
    [InlineData("emailAddress")]
    public async Task AnExplicitNull_ForARequiredField_Is400(string field)
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813", $$$"""{"account":{"phoneNumber":"1","{{{field}}}":null}}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, $"account.{field} cannot be null");
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task AnotherId_RenamesTheAccount_KeepingEverythingElse()
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813", """{"account":{"id":"a/b","firstName":"Janet"}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Null(Emulator.State.Accounts.Get("23526813"));
        Assert.Equal(account with { Id = "a/b", FirstName = "Janet" }, Emulator.State.Accounts.Get("a/b"));
        Assert.Equal(HttpStatusCode.NotFound, (await AccountClient.GetAsync("/account/23526813")).Status);
        Assert.Equal("a/b", (await AccountClient.GetAsync("/account/a%2Fb")).Json.GetProperty("account").GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheSameId_IsNoRename()
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813", """{"account":{"id":"23526813"}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task RenamingToAnIdThatExists_Is422_AndChangesNeitherAccount()
    {
        var first = SeedAccount();
        var second = SeedAccount(AccountSamples.Account with { Id = "555", FirstName = "Other" });

        var reply = await AccountClient.PutAsync("/account/23526813", """{"account":{"id":"555","firstName":"Janet"}}""");

        reply.AssertFailure(HttpStatusCode.UnprocessableEntity, "Account '555' already exists: account '23526813' cannot take its id");
        Assert.Equal("2", reply.Version);
        Assert.Equal([first, second], Emulator.State.Accounts.List());
    }

    [Theory]
    [InlineData("""{"account":{}}""", "Nothing to update: send at least one of id, firstName, lastName, emailAddress, phoneNumber, businessName in account")]
    [InlineData("""{}""", "account is required")]
    [InlineData("""{"account":[{"firstName":"F"}]}""", "account must be an object, not an array")]
    [InlineData("""{"firstName":"F"}""", "unknown field 'firstName' (the fields are: account)")]
    [InlineData("""{"account":{"service":[]}}""", "unknown field 'account.service' (the fields are: id, firstName, lastName, emailAddress, phoneNumber, businessName)")]
    [InlineData("""{"account":{"status":"INACTIVE"}}""", "unknown field 'account.status' (the fields are: id, firstName, lastName, emailAddress, phoneNumber, businessName)")]
    [InlineData("""{"account":{"createDate":"2020-01-01"}}""", "unknown field 'account.createDate' (the fields are: id, firstName, lastName, emailAddress, phoneNumber, businessName)")]
    [InlineData("""{"account":{"FirstName":"F"}}""", "unknown field 'account.FirstName' (did you mean 'firstName'?)")]
    [InlineData("""{"account":{"id":""}}""", "account.id cannot be empty")]
    [InlineData("""{"account":{"firstName":"Janet","emailAddress":"nobody"}}""", "account.emailAddress 'nobody' is not a valid email address")]
    [InlineData("""{"account":{"phoneNumber":5345553467}}""", "account.phoneNumber must be a string, not a number")]
    public async Task AnInvalidUpdate_Is400_AndChangesNothing(string body, string expected)
    {
        var account = SeedAccount();

        var reply = await AccountClient.PutAsync("/account/23526813", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(account, Emulator.State.Accounts.Get("23526813"));
    }

    [Fact]
    public async Task AnUnknownAccount_Is404_BeforeTheBodyIsRead()
    {
        var reply = await AccountClient.PutAsync("/account/nobody", """{"account":{"nonsense":1}}""");

        reply.AssertFailure(HttpStatusCode.NotFound, "Account 'nobody' was not found");
    }

    [Fact]
    public async Task AnUpdate_RaisesNoStatusEvent()
    {
        SeedAccount();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.PutAsync("/account/23526813", """{"account":{"id":"x","firstName":"Janet"}}""");

        Assert.Empty(raised);
    }
}
