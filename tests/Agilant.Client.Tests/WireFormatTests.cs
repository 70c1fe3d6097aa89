using System;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class WireFormatTests
{
    private const string Created = """{"success":true,"error":"","ticketNumber":12345678}""";

    [Fact]
    public async Task Every_request_carries_content_type_timestamp_and_signature()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":5}}""");

        await test.Client.Tickets.GetAsync(5, CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("GET", sent.Method);
        Assert.Equal("https://api.example.test/base/ticket/5", sent.Uri);
        Assert.Equal("application/json", sent.Headers["Content-Type"]);
        Assert.Equal("2024-05-06T07:08:09-05:00", sent.Headers["Timestamp"]);
        var signer = new RequestSigner(TestClient.PublicKey, TestClient.SecureText(TestClient.Secret));
        Assert.Equal(signer.AuthorizationFor("2024-05-06T07:08:09-05:00"), sent.Headers["Authorization"]);
        Assert.False(sent.Headers.ContainsKey("Version"));
        Assert.StartsWith("Agilant.PowerShell/", sent.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Version_2_goes_only_to_the_Account_Management_API()
    {
        using var test = new TestClient()
            .Answer(HttpStatusCode.OK, """{"success":true,"error":null}""")
            .Answer(HttpStatusCode.OK, """{"success":true,"error":""}""")
            .Answer(HttpStatusCode.OK, """{"success":true,"error":""}""");

        await test.Client.Raw.SendAsync("GET", "/account/a1", null, null, CancellationToken.None);
        await test.Client.Raw.SendAsync("GET", "/ticket/1", null, null, CancellationToken.None);
        await test.Client.Raw.SendAsync("GET", "/order/1", null, AgilantApi.Order, CancellationToken.None);

        Assert.Equal("2", test.Handler.Sent[0].Headers["Version"]);
        Assert.False(test.Handler.Sent[1].Headers.ContainsKey("Version"));
        Assert.False(test.Handler.Sent[2].Headers.ContainsKey("Version"));
    }

    [Fact]
    public async Task A_new_ticket_sends_camelCase_fields_and_leaves_out_the_ones_not_given()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, Created);

        int number = await test.Client.Tickets.CreateAsync(
            new NewTicket("john@testco.com", "Won't boot", "It does not boot") { Priority = TicketPriority.HIGH },
            CancellationToken.None);

        Assert.Equal(12345678, number);
        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/base/ticket", sent.PathAndQuery);
        Assert.Equal("""{"priority":"HIGH","emailAddress":"john@testco.com","subject":"Won't boot","message":"It does not boot"}""", sent.Body);
    }

    [Fact]
    public async Task An_update_sends_only_the_fields_that_were_set_and_explicit_nulls_as_null()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Created);

        await test.Client.Tickets.UpdateAsync(
            12345678,
            new TicketUpdate { Status = TicketStatus.IN_PROGRESS, PhoneNumber = null },
            CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("PUT", sent.Method);
        Assert.Equal("/base/ticket/12345678", sent.PathAndQuery);
        Assert.Equal("""{"status":"IN_PROGRESS","phoneNumber":null}""", sent.Body);
    }

    [Fact]
    public void An_update_with_nothing_set_is_empty()
    {
        Assert.True(new TicketUpdate().IsEmpty);
        Assert.False(new TicketUpdate { Message = "x" }.IsEmpty);
    }

    [Fact]
    public async Task A_reply_is_posted_to_its_ticket_with_its_time_to_the_second()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, Created);

        await test.Client.Tickets.AddReplyAsync(
            12345678,
            new NewTicketReply("jane@testco.com", "Try turning it off and on")
            {
                RepliedOn = new DateTimeOffset(2020, 2, 3, 7, 34, 16, 250, TimeSpan.FromHours(-6)),
                FirstName = "Jane",
            },
            CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("/base/ticket/12345678/reply", sent.PathAndQuery);
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal("2020-02-03T07:34:16-06:00", body.RootElement.GetProperty("repliedOn").GetString());
        Assert.Equal("Jane", body.RootElement.GetProperty("firstName").GetString());
        Assert.False(body.RootElement.TryGetProperty("lastName", out _));
    }

    [Fact]
    public async Task Reads_the_documented_ticket_with_replies_that_know_their_ticket()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Samples.TicketAnswer);

        Ticket ticket = await test.Client.Tickets.GetAsync(12345678, CancellationToken.None);

        Assert.Equal(12345678, ticket.TicketNumber);
        Assert.Equal(TicketStatus.IN_PROGRESS, ticket.Status);
        Assert.Equal(TicketPriority.NORMAL, ticket.Priority);
        Assert.Equal("(123) 456-7890", ticket.PhoneNumber);
        Assert.Equal(2, ticket.Replies.Count);
        Assert.All(ticket.Replies, reply => Assert.Equal(12345678, reply.TicketNumber));
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 7, 34, 16, TimeSpan.FromHours(-6)), ticket.Replies[0].RepliedOn);
        Assert.Equal("Yes, I have.", ticket.Replies[1].Message);
    }

    [Fact]
    public async Task A_status_the_module_does_not_know_reads_as_empty_instead_of_failing()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.OK,
            """{"success":true,"error":"","ticket":{"ticketNumber":7,"status":"ESCALATED","priority":"URGENT","replies":null}}""");

        Ticket ticket = await test.Client.Tickets.GetAsync(7, CancellationToken.None);

        Assert.Null(ticket.Status);
        Assert.Null(ticket.Priority);
        Assert.Empty(ticket.Replies);
    }
}
