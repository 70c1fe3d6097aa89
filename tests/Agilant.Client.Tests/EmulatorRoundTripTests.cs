using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Emulator;

namespace Agilant.Client.Tests;

/// <summary>The client against the emulator, a server written from the documents that shares no code with it.</summary>
public class EmulatorRoundTripTests
{
    [Fact]
    public async Task Creates_reads_updates_and_replies_to_a_ticket_as_the_server_expects()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = ClientFor(emulator, emulator.Key.SecretKey);

        int number = await client.Tickets.CreateAsync(
            new NewTicket("johnsmith@testco.com", "My computer won't boot up", "It stops at the logo")
            {
                Priority = TicketPriority.HIGH,
                FirstName = "John",
                PhoneNumber = "(123) 456-7890",
            },
            CancellationToken.None);
        await client.Tickets.UpdateAsync(number, new TicketUpdate { Status = TicketStatus.AWAITING_USER, PhoneNumber = null }, CancellationToken.None);
        await client.Tickets.AddReplyAsync(
            number,
            new NewTicketReply("janedoe@testco.com", "Have you tried powering it off?") { RepliedOn = new DateTimeOffset(2020, 2, 3, 7, 34, 16, TimeSpan.FromHours(-6)) },
            CancellationToken.None);
        Ticket ticket = await client.Tickets.GetAsync(number, CancellationToken.None);

        Assert.Equal(TicketStatus.AWAITING_USER, ticket.Status);
        Assert.Equal(TicketPriority.HIGH, ticket.Priority);
        Assert.Equal("John", ticket.FirstName);
        Assert.Null(ticket.PhoneNumber);
        TicketReply reply = Assert.Single(ticket.Replies);
        Assert.Equal(number, reply.TicketNumber);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 7, 34, 16, TimeSpan.FromHours(-6)), reply.RepliedOn);
        Assert.All(emulator.Requests.All, request => Assert.Equal(RequestOutcome.Answered, request.Outcome));
        Assert.Equal(new[] { 201, 200, 201, 200 }, emulator.Requests.All.Select(request => request.StatusCode ?? 0));
    }

    [Fact]
    public async Task The_servers_refusal_of_a_wrong_secret_is_a_401_naming_the_call()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = ClientFor(emulator, "not-the-secret");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => client.Tickets.GetAsync(10000001, CancellationToken.None));

        Assert.Equal(401, failure.StatusCode);
        Assert.Contains("signature", failure.ApiError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/ticket/10000001", failure.Route);
    }

    [Fact]
    public async Task A_retried_read_succeeds_once_the_gateway_recovers()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = ClientFor(emulator, emulator.Key.SecretKey);
        int number = await client.Tickets.CreateAsync(new NewTicket("a@testco.com", "s", "m"), CancellationToken.None);
        emulator.Faults.Add(new Fault { Method = "GET", StatusCode = 503, RetryAfter = TimeSpan.Zero, Times = 2 });

        Ticket ticket = await client.Tickets.GetAsync(number, CancellationToken.None);

        Assert.Equal(number, ticket.TicketNumber);
        Assert.Equal(new int?[] { 503, 503, 200 }, emulator.Requests.Filter("GET").Select(request => request.StatusCode));
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = ClientFor(emulator, emulator.Key.SecretKey);
        int number = await client.Tickets.CreateAsync(new NewTicket("a@testco.com", "s", "m"), CancellationToken.None);
        emulator.Faults.Add(new Fault { Method = "GET", DropConnection = true });

        Ticket ticket = await client.Tickets.GetAsync(number, CancellationToken.None);

        Assert.Equal(number, ticket.TicketNumber);
        Assert.Equal(new[] { RequestOutcome.Dropped, RequestOutcome.Answered }, emulator.Requests.Filter("GET").Select(request => request.Outcome));
    }

    [Fact]
    public async Task Accounts_created_but_answered_with_an_HTML_page_are_read_back_and_reported_created()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = ClientFor(emulator, emulator.Key.SecretKey);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", AfterProcessing = true, HtmlPage = true });

        var outcomes = await client.Accounts.CreateManyAsync(
            [new NewAccount("HTML-1", "Ann", "Lee", "ann@testco.com"), new NewAccount("HTML-2", "Bo", "Lee", "bo@testco.com")],
            CancellationToken.None);

        Assert.All(outcomes, outcome => Assert.True(outcome.FoundAfterUncertainAttempt));
        Assert.Equal(new[] { "POST /account", "GET /account/HTML-1", "GET /account/HTML-2" }, emulator.Requests.All.Select(request => $"{request.Method} {request.Path}"));
    }

    private static AgilantClient ClientFor(AgilantEmulator emulator, string secret) =>
        new(new AgilantClientOptions(emulator.Key.PublicKey, TestClient.SecureText(secret), emulator.BaseUri) { RetryBaseDelay = TimeSpan.Zero });
}
