using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class TicketReplyTests : EmulatorTest
{
    // The server's clock is set back so that a default repliedOn shows it was the server's now, not the real one.
    protected override EmulatorOptions Options => new() { ClockOffset = TimeSpan.FromDays(-3), AllowedClockSkew = TimeSpan.FromDays(4) };

    [Fact]
    public async Task TheDocumentsSampleReply_Is201WithTheDocumentedShape_AndIsStoredAsSent()
    {
        var ticket = SeedTicket(Samples.Ticket with { Replies = [] });

        var reply = await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", Samples.ReplyRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(JsonShape.Of(Samples.TicketNumberResponse), JsonShape.Of(reply.Json));
        Assert.Equal(ticket.TicketNumber, reply.Json.GetProperty("ticketNumber").GetInt32());
        Assert.Equal(
            new TicketReply
            {
                RepliedOn = Samples.At("2020-02-03T07:34:16-06:00"),
                FirstName = "Jane",
                LastName = "Doe",
                EmailAddress = "janedoe@testco.com",
                Message = "Have you tried powering the system off then on?",
            },
            Assert.Single(Emulator.State.Tickets.Get(ticket.TicketNumber)!.Replies));
    }

    [Fact]
    public async Task RepliedOn_DefaultsToTheServersNow()
    {
        var ticket = SeedTicket();
        var before = DateTimeOffset.UtcNow.AddDays(-3).AddSeconds(-1);

        await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", """{"emailAddress":"a@b.co","message":"m"}""");

        var got = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");
        var repliedOn = got.Json.GetProperty("ticket").GetProperty("replies")[2].GetProperty("repliedOn").GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", repliedOn);
        Assert.InRange(Samples.At(repliedOn), before, DateTimeOffset.UtcNow.AddDays(-3));
    }

    [Theory]
    [InlineData("2020-02-03T07:34:16", "repliedOn must be an ISO 8601 date/time with an offset")]
    [InlineData("2020-02-03", "repliedOn must be an ISO 8601 date/time with an offset")]
    [InlineData("02/03/2020 07:34:16 -06:00", "repliedOn must be an ISO 8601 date/time with an offset")]
    [InlineData("2020-02-30T07:34:16-06:00", "repliedOn must be an ISO 8601 date/time with an offset")]
    public async Task ARepliedOnWithoutAnOffset_OrNotADateTime_Is400(string repliedOn, string expected)
    {
        var ticket = SeedTicket();

        var reply = await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", $$"""{"emailAddress":"a@b.co","message":"m","repliedOn":"{{repliedOn}}"}""");

        CreateTicketTests.AssertBadRequest(reply, expected);
    }

    [Theory]
    [InlineData("""{"message":"m"}""", "emailAddress is required")]
    [InlineData("""{"emailAddress":"a@b.co"}""", "message is required")]
    [InlineData("""{"emailAddress":"a@b.co","message":"m","subject":"s"}""", "unknown field 'subject'")]
    [InlineData("""{"emailAddress":"a@b.co","message":"m","repliedOn":null}""", "repliedOn cannot be null")]
    public async Task AnInvalidReply_Is400_AndAddsNothing(string body, string expected)
    {
        var ticket = SeedTicket();

        var reply = await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", body);

        CreateTicketTests.AssertBadRequest(reply, expected);
        Assert.Equal(2, Emulator.State.Tickets.Get(ticket.TicketNumber)!.Replies.Count);
    }

    [Theory]
    [InlineData("/ticket/10000009/reply", "Ticket 10000009 was not found")]
    [InlineData("/ticket/abc/reply", "Ticket 'abc' was not found: ticket numbers are integers")]
    [InlineData("/ticket/99999999999/reply", "Ticket '99999999999' was not found: ticket numbers are integers")]
    public async Task AReplyToAnUnknownTicket_Is404(string target, string expected)
    {
        SeedTicket();

        var reply = await Client.PostAsync(target, """{"emailAddress":"a@b.co","message":"m"}""");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal(expected, reply.Error);
    }

    [Fact]
    public async Task AReply_RaisesTicketReplyAdded()
    {
        var ticket = SeedTicket();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", Samples.ReplyRequest);

        var added = Assert.IsType<TicketReplyAdded>(Assert.Single(raised));
        Assert.Equal(ticket.TicketNumber, added.TicketNumber);
        Assert.Equal("janedoe@testco.com", added.Reply.EmailAddress);
    }
}
