using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>A batch of new accounts is all or nothing, whatever refuses it and however many batches arrive at once.</summary>
public sealed class AccountBatchTests : EmulatorTest
{
    [Fact]
    public async Task ExistingIds_Are422NamingEveryOneInBatchOrder_AndNothingIsCreated()
    {
        SeedAccount();
        SeedAccount(AccountSamples.Account with { Id = "555" });

        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(
            AccountSamples.Row("new-1"), AccountSamples.Row("23526813"), AccountSamples.Row("new-2"), AccountSamples.Row("555")));

        reply.AssertFailure(HttpStatusCode.UnprocessableEntity, "Accounts already exist: 23526813, 555");
        Assert.Equal("2", reply.Version);
        Assert.Equal(["23526813", "555"], Emulator.State.Accounts.List().Select(account => account.Id));
    }

    [Fact]
    public async Task OneExistingId_IsNamedTheSameWay()
    {
        SeedAccount();

        var reply = await AccountClient.PostAsync("/account", AccountSamples.CreateAccountRequest);

        reply.AssertFailure(HttpStatusCode.UnprocessableEntity, "Accounts already exist: 23526813");
    }

    [Fact]
    public async Task OneBadRowAmongAHundred_CreatesNoAccountOfTheBatch()
    {
        var rows = Enumerable.Range(0, 100).Select(i => AccountSamples.Row($"A{i}")).ToArray();
        rows[77] = """{"id":"A77","firstName":"F","lastName":"L","emailAddress":"a@b.co","service":[{"skuNumber":"S","purchaseDate":"2020-02-30"}]}""";

        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(rows));

        reply.AssertFailure(HttpStatusCode.BadRequest, "account[77].service[0].purchaseDate must be a date as yyyy-MM-dd, not '2020-02-30'");
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task ABatchRefusedOnce_IsCreatedWhenSentAgainWithoutTheBadRow()
    {
        SeedAccount();
        var refused = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"), AccountSamples.Row("23526813"), AccountSamples.Row("2")));

        var accepted = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"), AccountSamples.Row("2")));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.Created), (refused.Status, accepted.Status));
        Assert.Equal(3, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task TenThousandAccountsInBatchesOfAHundred_AreCreatedQuickly()
    {
        var clock = Stopwatch.StartNew();

        for (var batch = 0; batch < 100; batch++)
        {
            var rows = Enumerable.Range(batch * 100, 100).Select(i => AccountSamples.Row($"ACC{i:00000}")).ToArray();
            var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(rows));
            Assert.Equal(HttpStatusCode.Created, reply.Status);
        }

        var elapsed = clock.Elapsed;
        Assert.Equal(10_000, Emulator.State.Accounts.Count);
        Assert.Equal(HttpStatusCode.OK, (await AccountClient.GetAsync("/account/ACC09999")).Status);
        // Generous for a slow CI machine; the emulator takes well under a second here. A store or journal that grew
        // worse than linearly would blow it.
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"10,000 accounts took {elapsed}");
    }

    [Fact]
    public async Task OverlappingBatchesSentAtOnce_AreEachAllOrNothing()
    {
        // Batch k holds ids k*5 .. k*5+9, so each overlaps its neighbours; its rows carry "B{k}" to show which batch made them.
        const int batches = 40;
        var replies = await Task.WhenAll(Enumerable.Range(0, batches).Select(async k =>
        {
            var rows = Enumerable.Range(k * 5, 10)
                .Select(i => $$"""{"id":"{{i}}","firstName":"B{{k}}","lastName":"L","emailAddress":"a@b.co"}""")
                .ToArray();
            await Task.Yield();
            return (Batch: k, Reply: await AccountClient.PostAsync("/account", AccountSamples.Batch(rows)));
        }));

        var accounts = Emulator.State.Accounts.List();
        foreach (var (batch, reply) in replies)
        {
            var made = accounts.Count(account => account.FirstName == $"B{batch}");
            Assert.True(
                (reply.Status == HttpStatusCode.Created && made == 10) || (reply.Status == HttpStatusCode.UnprocessableEntity && made == 0),
                $"batch {batch}: {reply.Status}, {made} accounts");
        }

        Assert.Contains(replies, pair => pair.Reply.Status == HttpStatusCode.Created);
        Assert.Equal(accounts.Count, replies.Count(pair => pair.Reply.Status == HttpStatusCode.Created) * 10);
    }

    [Fact]
    public async Task AFaultAfterProcessing_CreatesTheBatch_YetAnswersTheFault()
    {
        Emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", StatusCode = 504, AfterProcessing = true });

        var lost = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"), AccountSamples.Row("2")));
        var again = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"), AccountSamples.Row("2")));

        lost.AssertFailure(HttpStatusCode.GatewayTimeout, "504 Gateway Timeout (a fault injected by the emulator)");
        Assert.Equal(2, Emulator.State.Accounts.Count);
        again.AssertFailure(HttpStatusCode.UnprocessableEntity, "Accounts already exist: 1, 2");
        var recorded = Emulator.Requests.Filter("POST", "/account");
        Assert.Equal([504, 422], recorded.Select(request => request.StatusCode ?? 0));
        Assert.NotNull(recorded[0].Fault);
    }

    [Fact]
    public async Task AFaultBeforeProcessing_CreatesNothing()
    {
        Emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", StatusCode = 502 });

        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1")));

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Equal(0, Emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task AFaultOnAccountPaths_LeavesTicketsAlone_AndADroppedBatchIsStillApplied()
    {
        Emulator.Faults.Add(new Fault { PathPrefix = "/account", DropConnection = true, AfterProcessing = true });

        var ticket = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");
        await Assert.ThrowsAsync<HttpRequestException>(() => AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("1"))));

        Assert.Equal(HttpStatusCode.Created, ticket.Status);
        Assert.NotNull(Emulator.State.Accounts.Get("1"));
        Assert.Equal(RequestOutcome.Dropped, Emulator.Requests.Filter("POST", "/account").Single().Outcome);
    }

    [Fact]
    public async Task TheJournal_RecordsAccountRequestsWithTheirVersionHeaderAndAnswer()
    {
        var reply = await AccountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("a/b")));

        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal("2", recorded.Headers["version"]);
        Assert.Equal(201, recorded.StatusCode);
        Assert.Equal(reply.Body, recorded.ResponseBody);
        Assert.Equal("a/b", JsonDocument.Parse(recorded.Body).RootElement.GetProperty("account")[0].GetProperty("id").GetString());
    }
}
