using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class RequestRulesTests : EmulatorTest
{
    private const string ValidTicket = """{"emailAddress":"a@b.co","subject":"s","message":"m"}""";

    [Theory]
    [InlineData(null, "A request with a body must have the header Content-Type: application/json")]
    [InlineData("text/plain", "Content-Type must be application/json, not 'text/plain'")]
    [InlineData("application/json; charset=utf-16", "Content-Type must be application/json, not 'application/json; charset=utf-16'")]
    public async Task ABodyWithoutJsonContentType_Is400(string? contentType, string expected)
    {
        var reply = await Client.SendAsync(HttpMethod.Post, "/ticket", ValidTicket, request =>
            request.Content!.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType));

        CreateTicketTests.AssertBadRequest(reply, expected);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task JsonContentTypeWithUtf8Charset_IsAccepted()
    {
        var reply = await Client.SendAsync(HttpMethod.Post, "/ticket", ValidTicket, request =>
            request.Content = new StringContent(ValidTicket, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal("application/json; charset=utf-8", Emulator.Requests.All[0].Headers["content-type"]);
    }

    [Fact]
    public async Task ARequestWithoutABody_NeedsNoContentType()
    {
        var ticket = SeedTicket();

        var reply = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(Emulator.Requests.All[0].Headers.ContainsKey("Content-Type"));
    }

    [Theory]
    [InlineData("{\"emailAddress\":", "The request body is not valid JSON")]
    [InlineData("{'emailAddress':'a@b.co'}", "The request body is not valid JSON")]
    [InlineData("""{"emailAddress":"a@b.co",}""", "The request body is not valid JSON")]
    [InlineData("[]", "The request body must be a JSON object, not an array")]
    [InlineData("\"text\"", "The request body must be a JSON object, not a string")]
    [InlineData("null", "The request body must be a JSON object, not null")]
    public async Task ABodyThatIsNotAJsonObject_Is400(string body, string expected)
    {
        var reply = await Client.PostAsync("/ticket", body);

        CreateTicketTests.AssertBadRequest(reply, expected);
    }

    [Fact]
    public async Task APostWithoutABody_Is400()
    {
        var reply = await Client.SendAsync(HttpMethod.Post, "/ticket");

        CreateTicketTests.AssertBadRequest(reply, "POST /ticket needs a JSON object as its request body");
    }

    [Fact]
    public async Task AGetWithABody_Is400()
    {
        var ticket = SeedTicket();

        var reply = await Client.SendAsync(HttpMethod.Get, $"/ticket/{ticket.TicketNumber}", "{}");

        CreateTicketTests.AssertBadRequest(reply, "GET /ticket/{ticketNumber} takes no request body");
    }

    [Theory]
    [InlineData("GET", "/tickets")]
    [InlineData("GET", "/Ticket/10000001")]
    [InlineData("GET", "/ticket/10000001/")]
    [InlineData("POST", "/ticket/")]
    [InlineData("GET", "/")]
    [InlineData("GET", "/ticket/10000001/reply/extra")]
    public async Task AnUnknownRoute_Is404(string method, string target)
    {
        SeedTicket();

        var reply = await Client.SendAsync(new HttpMethod(method), target, method == "POST" ? ValidTicket : null);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.StartsWith($"No route matches {method} ", reply.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE", "/ticket/10000001", "DELETE is not allowed on /ticket/{ticketNumber}; use PUT or GET", "PUT, GET")]
    [InlineData("POST", "/ticket/10000001", "POST is not allowed on /ticket/{ticketNumber}; use PUT or GET", "PUT, GET")]
    [InlineData("GET", "/ticket", "GET is not allowed on /ticket; use POST", "POST")]
    [InlineData("GET", "/ticket/10000001/reply", "GET is not allowed on /ticket/{ticketNumber}/reply; use POST", "POST")]
    public async Task AKnownRouteWithTheWrongMethod_Is405WithAllow(string method, string target, string expected, string allow)
    {
        var reply = await Client.SendAsync(new HttpMethod(method), target);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(expected, reply.Error);
        Assert.Equal(allow, string.Join(", ", reply.Response.Content.Headers.Allow));
    }

    [Fact]
    public async Task AnEscapedSlash_StaysInsideItsSegment()
    {
        var reply = await Client.GetAsync("/ticket/a%2Fb");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("Ticket 'a/b' was not found: ticket numbers are integers", reply.Error);
        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal("/ticket/a%2Fb", recorded.RawTarget);
        Assert.Equal(["ticket", "a/b"], recorded.Segments);
    }

    [Fact]
    public async Task AnEscapedSlash_CannotReachAnotherRoute()
    {
        var ticket = SeedTicket();

        var reply = await Client.PostAsync($"/ticket/{ticket.TicketNumber}%2Freply", """{"emailAddress":"a@b.co","message":"m"}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(2, Emulator.State.Tickets.Get(ticket.TicketNumber)!.Replies.Count);
    }

    [Fact]
    public async Task EachSegmentIsPercentDecodedOnItsOwn_AsUtf8()
    {
        var reply = await Client.GetAsync("/ticket/caf%C3%A9%3F%23%25");

        Assert.Equal("Ticket 'café?#%' was not found: ticket numbers are integers", reply.Error);
        var recorded = Assert.Single(Emulator.Requests.All);
        Assert.Equal("/ticket/caf%C3%A9%3F%23%25", recorded.RawTarget);
        Assert.Equal(["ticket", "café?#%"], recorded.Segments);
    }

    [Fact]
    public async Task TheQueryString_IsIgnored()
    {
        var ticket = SeedTicket();

        var reply = await Client.GetAsync($"/ticket/{ticket.TicketNumber}?expand=replies&x=%2F");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal($"/ticket/{ticket.TicketNumber}?expand=replies&x=%2F", Emulator.Requests.All[0].RawTarget);
    }
}
