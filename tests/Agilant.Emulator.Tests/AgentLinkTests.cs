using System.Net;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class AgentLinkTests : EmulatorTest
{
    [Fact]
    public async Task TheLink_HasTheDocumentsShape()
    {
        SeedAccount();

        var reply = await AccountClient.GetAsync("/account/23526813/link/agent");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(AccountSamples.AgentLinkResponse), JsonShape.Of(reply.Json));
        Assert.Matches("^https://test\\.agentlink\\.com/[A-Z0-9]{12}$", reply.Json.GetProperty("link").GetString());
    }

    [Fact]
    public async Task TheLink_IsTheSameForAnIdEveryTime_AndDiffersBetweenIds()
    {
        SeedAccount();
        SeedAccount(AccountSamples.Account with { Id = "23526814" });

        var first = await LinkOf("23526813");
        var again = await LinkOf("23526813");
        var other = await LinkOf("23526814");
        await using var secondEmulator = await AgilantEmulator.StartAsync();
        secondEmulator.State.Accounts.Add(AccountSamples.Account);
        using var secondClient = new EmulatorClient(secondEmulator, version: "2");
        var elsewhere = (await secondClient.GetAsync("/account/23526813/link/agent")).Json.GetProperty("link").GetString();

        Assert.Equal(first, again);
        Assert.Equal(first, elsewhere);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task AnUnknownAccount_Is404()
    {
        var reply = await AccountClient.GetAsync("/account/23526813/link/agent");

        reply.AssertFailure(HttpStatusCode.NotFound, "Account '23526813' was not found");
    }

    private async Task<string?> LinkOf(string id) => (await AccountClient.GetAsync($"/account/{id}/link/agent")).Json.GetProperty("link").GetString();
}
