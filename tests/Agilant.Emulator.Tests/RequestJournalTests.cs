using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class RequestJournalTests : EmulatorTest
{
    [Fact]
    public async Task ARequest_IsRecordedWithItsRawTargetHeadersBodyAndAnswer()
    {
        const string body = "{ \"emailAddress\" : \"a@b.co\",\n  \"subject\":\"caf\u00e9\", \"message\":\"m\" }";

        var reply = await Client.SendAsync(HttpMethod.Post, "/ticket?source=test", body, request => request.Headers.Add("X-Trace", "abc"));

        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal(1, recorded.Sequence);
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("/ticket?source=test", recorded.RawTarget);
        Assert.Equal("/ticket", recorded.Path);
        Assert.Equal(["ticket"], recorded.Segments);
        Assert.Equal(body, recorded.Body);
        Assert.Equal("abc", recorded.Headers["x-trace"]);
        Assert.Equal("application/json", recorded.Headers["CONTENT-TYPE"]);
        Assert.StartsWith(Emulator.Key.PublicKey + ".", recorded.Headers["authorization"], StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(recorded.Headers["timestamp"], out _));
        Assert.Equal(RequestOutcome.Answered, recorded.Outcome);
        Assert.Equal(201, recorded.StatusCode);
        Assert.Equal(reply.Body, recorded.ResponseBody);
        Assert.Null(recorded.Fault);
        Assert.InRange(recorded.ReceivedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal("POST /ticket?source=test -> 201", recorded.ToString());
    }

    [Fact]
    public async Task ARequestInFlight_IsAnnouncedOnArrival_BeforeItIsAnswered()
    {
        Emulator.Faults.Add(new Fault { Method = "GET", Delay = TimeSpan.FromMinutes(5) });
        var arrival = Emulator.Requests.WaitForArrivalAsync(request => request.Method == "GET");
        using var abandon = new System.Threading.CancellationTokenSource();

        var call = Client.SendRawAsync(Client.Build(HttpMethod.Get, "/ticket/10000001"), abandon.Token);
        var arrived = await arrival.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("/ticket/10000001", arrived.RawTarget);
        Assert.Empty(Emulator.Requests.All);
        abandon.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        var recorded = await Emulator.Requests.WaitForAsync(request => request.Sequence == arrived.Sequence).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(RequestOutcome.ClientAborted, recorded.Outcome);
    }

    [Fact]
    public async Task RejectedRequests_AreRecordedToo_InArrivalOrder()
    {
        await Client.SendAsync(HttpMethod.Get, "/ticket/1", adjust: request => request.Headers.Remove("Authorization"));
        await Client.GetAsync("/nowhere");
        await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");

        Assert.Equal([401, 404, 201], Emulator.Requests.All.Select(recorded => recorded.StatusCode ?? 0));
        Assert.Equal([1L, 2L, 3L], Emulator.Requests.All.Select(recorded => recorded.Sequence));
        Assert.Equal(3, Emulator.Requests.Count);
    }

    [Fact]
    public async Task Filter_SelectsByMethodAndWholeSegmentPathPrefix()
    {
        var ticket = SeedTicket();
        await Client.GetAsync($"/ticket/{ticket.TicketNumber}");
        await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", """{"emailAddress":"a@b.co","message":"m"}""");
        await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");
        await Client.GetAsync("/tickets");

        Assert.Equal(2, Emulator.Requests.Filter("post").Count);
        Assert.Equal(3, Emulator.Requests.Filter(pathPrefix: "/ticket").Count);
        Assert.Single(Emulator.Requests.Filter("POST", $"/ticket/{ticket.TicketNumber}"));
        Assert.Empty(Emulator.Requests.Filter("GET", "/ticket/1"));
    }

    [Fact]
    public async Task Clear_EmptiesTheJournal_ButSequenceNumbersGoOn()
    {
        await Client.GetAsync("/ticket/1");
        Emulator.Requests.Clear();
        await Client.GetAsync("/ticket/2");

        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal(2, recorded.Sequence);
    }

    [Fact]
    public async Task WaitForAsync_ReturnsARequestAlreadyRecorded_OrTheNextThatMatches()
    {
        await Client.GetAsync("/ticket/1");
        var waiting = Emulator.Requests.WaitForAsync(recorded => recorded.Method == "PUT");

        Assert.Equal("/ticket/1", (await Emulator.Requests.WaitForAsync(recorded => recorded.Method == "GET")).Path);
        Assert.False(waiting.IsCompleted);
        await Client.PutAsync("/ticket/2", "{}");
        Assert.Equal("/ticket/2", (await waiting).Path);
    }

    [Fact]
    public async Task EveryAnswer_IsJsonWithTheServersDate()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            ClockOffset = TimeSpan.FromDays(-1),
            AllowedClockSkew = TimeSpan.FromDays(2),
        });
        using var client = new EmulatorClient(emulator);

        var reply = await client.GetAsync("/ticket/1");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/json", reply.Response.Content.Headers.ContentType!.ToString());
        Assert.Equal(reply.Body.Length, reply.Response.Content.Headers.ContentLength);
        Assert.InRange(reply.Response.Headers.Date!.Value, DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(1));
    }

    [Fact]
    public async Task AJournalWithACapacity_KeepsTheLatestRequests_AndTellsOfEveryOne()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { JournalCapacity = 2 });
        using var client = new EmulatorClient(emulator);
        var told = new System.Collections.Concurrent.ConcurrentQueue<long>();
        emulator.Requests.Recorded += (_, request) => told.Enqueue(request.Sequence);

        foreach (var number in new[] { 1, 2, 3 })
        {
            await client.GetAsync($"/ticket/{number}");
        }

        Assert.Equal(["/ticket/2", "/ticket/3"], emulator.Requests.All.Select(request => request.RawTarget));
        Assert.Equal([1L, 2L, 3L], told.OrderBy(sequence => sequence));
    }

    [Fact]
    public async Task AJournalOfCapacityZero_KeepsNothing()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { JournalCapacity = 0 });
        using var client = new EmulatorClient(emulator);

        await client.GetAsync("/ticket/1");

        Assert.Empty(emulator.Requests.All);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestJournal(-1));
    }
}
