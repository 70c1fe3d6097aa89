using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class DeleteAccountTests : EmulatorTest
{
    [Fact]
    public async Task ADeletedAccount_Is200WithTheBareEnvelope_AndIsGone()
    {
        SeedAccount();

        var reply = await AccountClient.DeleteAsync("/account/23526813");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal(0, Emulator.State.Accounts.Count);
        (await AccountClient.GetAsync("/account/23526813")).AssertFailure(HttpStatusCode.NotFound, "Account '23526813' was not found");
    }

    [Fact]
    public async Task AnUnknownAccount_Is404()
    {
        var reply = await AccountClient.DeleteAsync("/account/23526813");

        reply.AssertFailure(HttpStatusCode.NotFound, "Account '23526813' was not found");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"lineNumber":1}""")]
    [InlineData("not json at all")]
    public async Task ABody_IsNeitherRequiredNorRead(string body)
    {
        SeedAccount();

        var reply = await AccountClient.DeleteAsync("/account/23526813", body);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task ABody_StillNeedsTheJsonContentType()
    {
        SeedAccount();

        var reply = await AccountClient.SendAsync(HttpMethod.Delete, "/account/23526813", "{}", request =>
            request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain"));

        reply.AssertFailure(HttpStatusCode.BadRequest, "Content-Type must be application/json, not 'text/plain'");
        Assert.Equal(1, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task Deleting_CancelsTheSubscriptions_ThenRaisesAccountRemovedWithTheAccountAsCancelled()
    {
        var account = SeedAccount();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.DeleteAsync("/account/23526813");

        var cancelled = Assert.IsType<AccountRemoved>(raised[^1]).Account;
        Assert.Equal("INACTIVE CANCELLED CANCELLED", string.Join(" ", [cancelled.Status, .. cancelled.Services.Select(service => service.Status)]));
        Assert.Equal(
            new EmulatorEvent[]
            {
                new AccountStatusChanged(cancelled, "ACTIVE"),
                new ServiceStatusChanged(cancelled, cancelled.Services[0], "ACTIVE"),
                new ServiceStatusChanged(cancelled, cancelled.Services[1], "INACTIVE"),
                new AccountRemoved(cancelled),
            },
            raised);
        Assert.Equal(account with { Status = "INACTIVE", Services = cancelled.Services }, cancelled);
    }

    [Fact]
    public async Task DeletingAnAccountAlreadyInactiveAndCancelled_RaisesOnlyAccountRemoved()
    {
        SeedAccount(AccountSamples.Account with
        {
            Status = "INACTIVE",
            Services = [.. AccountSamples.Account.Services.Select(service => service with { Status = "CANCELLED" })],
        });
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.DeleteAsync("/account/23526813");

        Assert.IsType<AccountRemoved>(Assert.Single(raised));
    }

    [Fact]
    public async Task ADeletedId_CanBeCreatedAgain()
    {
        SeedAccount();
        await AccountClient.DeleteAsync("/account/23526813");

        var reply = await AccountClient.PostAsync("/account", AccountSamples.CreateAccountRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
    }
}
