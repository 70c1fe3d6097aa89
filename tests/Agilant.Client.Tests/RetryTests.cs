using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class RetryTests
{
    private const string TicketAnswer = """{"success":true,"error":"","ticket":{"ticketNumber":5}}""";
    private const string Gateway = """{"success":false,"error":"Bad gateway"}""";

    [Fact]
    public async Task A_GET_is_retried_after_502_and_each_attempt_is_signed_afresh()
    {
        using var test = new TestClient(options => options.RetryBaseDelay = TimeSpan.FromSeconds(2))
            .Answer(HttpStatusCode.BadGateway, Gateway)
            .Answer(HttpStatusCode.OK, TicketAnswer);

        Ticket ticket = await test.Client.Tickets.GetAsync(5, CancellationToken.None);

        Assert.Equal(5, ticket.TicketNumber);
        Assert.Equal(2, test.Handler.Sent.Count);
        Assert.NotEqual(test.Handler.Sent[0].Headers["Timestamp"], test.Handler.Sent[1].Headers["Timestamp"]);
        Assert.NotEqual(test.Handler.Sent[0].Headers["Authorization"], test.Handler.Sent[1].Headers["Authorization"]);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Assert.Single(test.Waits));
        Assert.Equal("2024-05-06T07:08:10-05:00", test.Handler.Sent[1].Headers["Timestamp"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_PUT_is_retried_after_a_transient_status(HttpStatusCode status)
    {
        using var test = new TestClient()
            .Answer(status, Gateway)
            .Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticketNumber":5}""");

        await test.Client.Tickets.UpdateAsync(5, new TicketUpdate { Subject = "s" }, CancellationToken.None);

        Assert.Equal(2, test.Handler.Sent.Count);
        Assert.All(test.Handler.Sent, sent => Assert.Equal("""{"subject":"s"}""", sent.Body));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Creating_a_ticket_is_never_retried(HttpStatusCode status)
    {
        using var test = new TestClient().Answer(status, Gateway);

        var failure = await Assert.ThrowsAsync<AgilantApiException>(
            () => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));

        Assert.Equal((int)status, failure.StatusCode);
        Assert.Single(test.Handler.Sent);
        Assert.Empty(test.Waits);
    }

    [Fact]
    public async Task Creating_a_ticket_is_not_retried_after_a_connection_failure()
    {
        using var test = new TestClient();
        test.Handler.Fail(new HttpRequestException("Connection reset by peer"));

        var failure = await Assert.ThrowsAsync<AgilantConnectionException>(
            () => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));

        Assert.Equal("POST /ticket could not reach the server: Connection reset by peer", failure.Message);
        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task A_reply_is_never_retried()
    {
        using var test = new TestClient().Answer(HttpStatusCode.GatewayTimeout, Gateway);

        await Assert.ThrowsAsync<AgilantApiException>(
            () => test.Client.Tickets.AddReplyAsync(5, new NewTicketReply("a@b.co", "m"), CancellationToken.None));

        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task A_GET_is_retried_after_connection_failures_until_the_retries_run_out()
    {
        using var test = new TestClient(options => options.MaximumRetryCount = 2);
        for (int i = 0; i < 3; i++)
        {
            test.Handler.Fail(new HttpRequestException("Connection refused"));
        }

        var failure = await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.Equal(3, failure.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(2.25), failure.Duration);
        Assert.Equal("GET /ticket/5 could not reach the server after 3 attempts over 2.25 s: Connection refused", failure.Message);
        Assert.Equal(3, test.Handler.Sent.Count);
        Assert.Equal(new[] { 750.0, 1500.0 }, test.Waits.Select(wait => wait.TotalMilliseconds));
    }

    [Fact]
    public async Task A_status_that_outlasts_the_retries_says_how_many_attempts_over_how_long()
    {
        using var test = new TestClient();
        for (int i = 0; i < 4; i++)
        {
            test.Handler.Answer(HttpStatusCode.ServiceUnavailable, """{"success":false,"error":"Down for maintenance"}""");
        }

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.Equal((4, TimeSpan.FromSeconds(5.25)), (failure.Attempts, failure.Duration));
        Assert.Equal("Down for maintenance. (GET /ticket/5 answered 503 Service Unavailable after 4 attempts over 5.25 s.)", failure.Message);
    }

    [Fact]
    public async Task Too_many_requests_to_the_last_retry_says_how_many_attempts_over_how_long()
    {
        using var test = new TestClient(options => options.MaximumRetryCount = 2);
        for (int i = 0; i < 3; i++)
        {
            test.Handler.Answer(HttpStatusCode.TooManyRequests, "{}", response => response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(12)));
        }

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.UpdateAsync(5, new TicketUpdate { Subject = "s" }, CancellationToken.None));

        Assert.Equal("PUT /ticket/5 answered 429 Too Many Requests after 3 attempts over 24 s.", failure.Message);
    }

    [Fact]
    public async Task A_failure_tried_once_says_nothing_of_attempts()
    {
        using var test = new TestClient().Answer(HttpStatusCode.ServiceUnavailable, Gateway);

        var failure = await Assert.ThrowsAsync<AgilantApiException>(
            () => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));

        Assert.Equal(1, failure.Attempts);
        Assert.Equal("Bad gateway. (POST /ticket answered 503 Service Unavailable.)", failure.Message);
    }

    [Fact]
    public async Task An_attempt_that_gets_no_answer_in_time_times_out_and_a_GET_tries_again()
    {
        using var test = new TestClient(options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(50);
            options.MaximumRetryCount = 1;
        });
        test.Handler.Hang().Hang();

        var failure = await Assert.ThrowsAsync<AgilantTimeoutException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.Equal(2, failure.Attempts);
        Assert.Equal(2, test.Handler.Sent.Count);
        Assert.Equal("GET /ticket/5 got no answer within 0.05 s, after 2 attempts over 0.75 s.", failure.Message);
    }

    [Fact]
    public async Task A_POST_that_times_out_is_reported_once_and_not_repeated()
    {
        using var test = new TestClient(options => options.Timeout = TimeSpan.FromMilliseconds(50));
        test.Handler.Hang();

        var failure = await Assert.ThrowsAsync<AgilantTimeoutException>(
            () => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));

        Assert.Equal(1, failure.Attempts);
        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task Retry_After_sets_the_wait()
    {
        using var test = new TestClient()
            .Answer(HttpStatusCode.ServiceUnavailable, Gateway, response => response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(4)))
            .Answer(HttpStatusCode.OK, TicketAnswer);

        await test.Client.Tickets.GetAsync(5, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(4), Assert.Single(test.Waits));
    }

    [Fact]
    public async Task Retry_After_as_a_date_is_measured_from_now()
    {
        using var test = new TestClient();
        test.Handler
            .Answer(HttpStatusCode.TooManyRequests, Gateway, response => response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(test.Now.AddSeconds(9)))
            .Answer(HttpStatusCode.OK, TicketAnswer);

        await test.Client.Tickets.GetAsync(5, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(9), Assert.Single(test.Waits));
    }

    [Fact]
    public async Task A_500_is_not_retried()
    {
        using var test = new TestClient().Answer(HttpStatusCode.InternalServerError, """{"success":false,"error":"boom"}""");

        await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_at_once_without_retrying()
    {
        using var test = new TestClient();
        test.Handler.Hang();
        using var stop = new CancellationTokenSource();

        Task<Ticket> call = test.Client.Tickets.GetAsync(5, stop.Token);
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(test.Handler.Sent);
        Assert.Empty(test.Waits);
    }
}
