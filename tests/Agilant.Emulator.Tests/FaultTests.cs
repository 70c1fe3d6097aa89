using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class FaultTests : EmulatorTest
{
    private const string ValidTicket = """{"emailAddress":"a@b.co","subject":"s","message":"m"}""";

    [Fact]
    public async Task AStatusFault_AnswersAnErrorEnvelopeWithRetryAfter_ForTheNextTimesMatchingRequests()
    {
        var fault = new Fault { Method = "POST", PathPrefix = "/ticket", StatusCode = 503, RetryAfter = TimeSpan.FromSeconds(7), Times = 2 };
        Emulator.Faults.Add(fault);

        var first = await Client.PostAsync("/ticket", ValidTicket);
        var second = await Client.PostAsync("/ticket", ValidTicket);
        var third = await Client.PostAsync("/ticket", ValidTicket);

        foreach (var faulted in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.Status);
            Assert.Equal("application/json", faulted.Response.Content.Headers.ContentType!.ToString());
            Assert.Equal(TimeSpan.FromSeconds(7), faulted.Response.Headers.RetryAfter!.Delta);
            Assert.False(faulted.Success);
            Assert.Equal("503 Service Unavailable (a fault injected by the emulator)", faulted.Error);
        }

        Assert.Equal(HttpStatusCode.Created, third.Status);
        Assert.Equal(1, Emulator.State.Tickets.Count);
        Assert.Equal([fault, fault, null], Emulator.Requests.All.Select(recorded => recorded.Fault));
    }

    [Fact]
    public async Task AFaultWithBodyText_MatchesOnlyARequestWhoseBodyContainsIt()
    {
        var fault = new Fault { Method = "POST", BodyContains = "\"subject\":\"second\"", StatusCode = 503 };
        Emulator.Faults.Add(fault);

        var first = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"first","message":"m"}""");
        var second = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"second","message":"m"}""");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal([null, fault], Emulator.Requests.All.Select(recorded => recorded.Fault));
    }

    [Fact]
    public async Task AFault_MatchesOnlyItsMethodAndPathPrefix()
    {
        var ticket = SeedTicket();
        Emulator.Faults.Add(new Fault { Method = "PUT", PathPrefix = $"/ticket/{ticket.TicketNumber}", StatusCode = 500, Error = "boom" });

        var get = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");
        var otherPut = await Client.PutAsync("/ticket/1", """{"status":"OPEN"}""");
        var put = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"OPEN"}""");

        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherPut.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, put.Status);
        Assert.Equal("boom", put.Error);
        Assert.Equal("IN_PROGRESS", Emulator.State.Tickets.Get(ticket.TicketNumber)!.Status);
    }

    [Fact]
    public async Task AFaultBeforeProcessing_ChangesNothing()
    {
        Emulator.Faults.Add(new Fault { StatusCode = 502 });

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task ASuccessStatusFault_AnswersItWithSuccessFalse()
    {
        Emulator.Faults.Add(new Fault { StatusCode = 200, Error = "Not today" });

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((false, "Not today"), (reply.Success, reply.Error));
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task AFaultAfterProcessing_AppliesTheRequest_YetAnswersTheFault()
    {
        Emulator.Faults.Add(new Fault { Method = "POST", StatusCode = 502, AfterProcessing = true });

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Null(reply.Response.Headers.RetryAfter);
        Assert.Equal(10000001, Assert.Single(Emulator.State.Tickets.List()).TicketNumber);
        Assert.Equal(502, Emulator.Requests.All[0].StatusCode);
    }

    [Fact]
    public async Task AnHtmlPageAfterProcessing_AppliesTheRequest_AndAnswersItsOwnStatusWithAPage()
    {
        Emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/ticket", AfterProcessing = true, HtmlPage = true });

        using var response = await Client.SendRawAsync(Client.Build(HttpMethod.Post, "/ticket", ValidTicket));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("<!DOCTYPE html>", body);
        Assert.Contains("<title>201 Created</title>", body);
        Assert.Equal(10000001, Assert.Single(Emulator.State.Tickets.List()).TicketNumber);
        Assert.Equal((201, body), (Emulator.Requests.All[0].StatusCode, Emulator.Requests.All[0].ResponseBody));
    }

    [Fact]
    public async Task AnHtmlPageWithAStatus_AnswersThatStatusWithAPage_AndChangesNothing()
    {
        Emulator.Faults.Add(new Fault { StatusCode = 502, HtmlPage = true });

        using var response = await Client.SendRawAsync(Client.Build(HttpMethod.Post, "/ticket", ValidTicket));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("<h1>502 Bad Gateway</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task ADelay_HoldsTheAnswer_ThenAnswersNormally()
    {
        Emulator.Faults.Add(new Fault { Delay = TimeSpan.FromMilliseconds(200) });
        var clock = Stopwatch.StartNew();

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190), $"answered after {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.Created, reply.Status);
    }

    [Fact]
    public async Task ADelayWithAStatus_AnswersTheStatusAfterTheDelay()
    {
        Emulator.Faults.Add(new Fault { Delay = TimeSpan.FromMilliseconds(50), StatusCode = 504 });

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.Equal(HttpStatusCode.GatewayTimeout, reply.Status);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task ADelay_EndsWhenTheClientAborts()
    {
        Emulator.Faults.Add(new Fault { Delay = TimeSpan.FromMinutes(5) });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.SendAsync(HttpMethod.Post, "/ticket", ValidTicket, cancellationToken: timeout.Token));

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var recorded = await Emulator.Requests.WaitForAsync(_ => true, patience.Token);
        Assert.Equal(RequestOutcome.ClientAborted, recorded.Outcome);
        Assert.Null(recorded.StatusCode);
        Assert.Equal(ValidTicket, recorded.Body);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task DropConnection_GivesTheClientAConnectionError()
    {
        Emulator.Faults.Add(new Fault { DropConnection = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.PostAsync("/ticket", ValidTicket));

        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal(RequestOutcome.Dropped, recorded.Outcome);
        Assert.Null(recorded.StatusCode);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task DropConnectionAfterProcessing_AppliesTheRequest_YetGivesAConnectionError()
    {
        Emulator.Faults.Add(new Fault { DropConnection = true, AfterProcessing = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.PostAsync("/ticket", ValidTicket));

        Assert.Equal(1, Emulator.State.Tickets.Count);
        var reply = await Client.GetAsync("/ticket/10000001");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task Clear_RemovesPlannedFaults()
    {
        Emulator.Faults.Add(new Fault { StatusCode = 500, Times = 10 });
        Emulator.Faults.Clear();

        var reply = await Client.PostAsync("/ticket", ValidTicket);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
    }

    public static TheoryData<string> ImpossibleFaults => ["nothing to do", "a redirect status", "a status and a drop", "after processing with only a delay", "zero times", "Retry-After without a status", "an HTML page alone", "an HTML page and a drop"];

    [Theory]
    [MemberData(nameof(ImpossibleFaults))]
    public void AFaultThatCannotHappen_IsRefused(string impossible)
    {
        var fault = impossible switch
        {
            "nothing to do" => new Fault(),
            "a redirect status" => new Fault { StatusCode = 302 },
            "a status and a drop" => new Fault { StatusCode = 500, DropConnection = true },
            "after processing with only a delay" => new Fault { Delay = TimeSpan.FromSeconds(1), AfterProcessing = true },
            "zero times" => new Fault { StatusCode = 500, Times = 0 },
            "an HTML page alone" => new Fault { HtmlPage = true },
            "an HTML page and a drop" => new Fault { HtmlPage = true, AfterProcessing = true, DropConnection = true },
            _ => new Fault { DropConnection = true, RetryAfter = TimeSpan.FromSeconds(1) },
        };

        Assert.Throws<ArgumentException>(() => Emulator.Faults.Add(fault));
    }
}
