using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class EnvelopeTests
{
    [Theory]
    [InlineData("""{"success":true,"error":"","ticketNumber":9}""")]
    [InlineData("""{"success":true,"error":null,"ticketNumber":9}""")]
    [InlineData("""{"success":true,"ticketNumber":9}""")]
    public async Task An_empty_or_null_error_means_success(string answer)
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, answer);

        Assert.Equal(9, await test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));
    }

    [Fact]
    public async Task Success_false_in_a_2xx_answer_is_a_failure_with_the_error_text()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, """{"success":false,"error":"Ticket is locked"}""");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(
            () => test.Client.Tickets.UpdateAsync(4, new TicketUpdate { Subject = "x" }, CancellationToken.None));

        Assert.Equal(200, failure.StatusCode);
        Assert.Equal("Ticket is locked", failure.ApiError);
        Assert.Equal("PUT", failure.Method);
        Assert.Equal("/ticket/4", failure.Route);
        Assert.Equal("Ticket is locked. (PUT /ticket/4 answered 200 OK.)", failure.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "subject is required", "subject is required. (GET /ticket/3 answered 400 Bad Request.)")]
    [InlineData(HttpStatusCode.NotFound, "Ticket 3 was not found", "Ticket 3 was not found. (GET /ticket/3 answered 404 Not Found.)")]
    [InlineData(HttpStatusCode.Forbidden, "", "GET /ticket/3 answered 403 Forbidden.")]
    [InlineData(HttpStatusCode.UnprocessableEntity, "Already exists", "Already exists. (GET /ticket/3 answered 422 Unprocessable Entity.)")]
    [InlineData(HttpStatusCode.InternalServerError, "boom", "boom. (GET /ticket/3 answered 500 Internal Server Error.)")]
    public async Task A_failing_status_carries_status_error_text_method_and_route(HttpStatusCode status, string error, string message)
    {
        using var test = new TestClient().Answer(status, $$"""{"success":false,"error":"{{error}}"}""");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.Equal((int)status, failure.StatusCode);
        Assert.Equal(message, failure.Message);
        Assert.Equal("GET", failure.Method);
        Assert.Equal("/ticket/3", failure.Route);
    }

    [Fact]
    public async Task A_gateway_page_that_is_not_JSON_still_gives_a_clear_failure()
    {
        using var test = new TestClient(options => options.MaximumRetryCount = 0);
        test.Handler.Answer(HttpStatusCode.BadGateway, "<html><body>Bad Gateway</body></html>");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.Equal(502, failure.StatusCode);
        Assert.Null(failure.ApiError);
        Assert.Equal("GET /ticket/3 answered 502 Bad Gateway.", failure.Message);
    }

    [Fact]
    public async Task A_success_status_whose_body_is_not_JSON_is_an_unreadable_answer_not_a_refusal()
    {
        using var test = new TestClient();
        test.Handler.Answer(HttpStatusCode.Created, "<html><body>Thank you</body></html>", response => response.Content.Headers.ContentType = new("text/html"));

        var failure = await Assert.ThrowsAsync<AgilantResponseException>(
            () => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));

        Assert.True(failure.ChangeMayHaveBeenMade);
        Assert.Equal("POST /ticket succeeded, but its answer is not JSON (201 Created, text/html). The change may have been made.", failure.Message);
        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task A_read_whose_body_is_not_JSON_says_nothing_of_a_change()
    {
        using var test = new TestClient();
        test.Handler.Answer(HttpStatusCode.OK, "<html></html>", response => response.Content.Headers.ContentType = new("text/html"));

        var failure = await Assert.ThrowsAsync<AgilantResponseException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.False(failure.ChangeMayHaveBeenMade);
        Assert.Equal("GET /ticket/3 succeeded, but its answer is not JSON (200 OK, text/html).", failure.Message);
    }

    [Fact]
    public async Task A_401_says_so_when_the_servers_clock_is_far_from_ours()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.Unauthorized,
            """{"success":false,"error":"Timestamp is too far from the server's time"}""",
            response => response.Headers.Date = DateTimeOffset.UtcNow.AddMinutes(-42));

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.NotNull(failure.ServerClockSkew);
        Assert.InRange(failure.ServerClockSkew!.Value.TotalMinutes, -43, -41);
        Assert.Contains("The server's clock is 42 minutes behind this computer's", failure.Message);
    }

    [Fact]
    public async Task A_401_with_clocks_in_step_says_nothing_of_clocks()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.Unauthorized,
            """{"success":false,"error":"Unknown public key"}""",
            response => response.Headers.Date = DateTimeOffset.UtcNow);

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.Null(failure.ServerClockSkew);
        Assert.DoesNotContain("clock", failure.Message);
    }

    [Fact]
    public async Task A_success_without_its_payload_is_an_unreadable_answer_naming_the_call()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, """{"success":true,"error":""}""");

        var failure = await Assert.ThrowsAsync<AgilantResponseException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));

        Assert.Equal("GET /ticket/3 succeeded, but its answer has no 'ticket'.", failure.Message);
    }
}
