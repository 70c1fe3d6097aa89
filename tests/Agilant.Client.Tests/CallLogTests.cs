using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class CallLogTests
{
    [Fact]
    public async Task Tells_method_route_status_time_and_attempt_of_every_call()
    {
        using var test = new TestClient()
            .Answer(HttpStatusCode.BadGateway, """{"success":false,"error":"x"}""")
            .Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":5}}""");
        var log = new RecordingLog(debug: false);

        using (AgilantLog.Use(log))
        {
            await test.Client.Tickets.GetAsync(5, CancellationToken.None);
        }

        Assert.Collection(
            log.Verbose,
            line => Assert.Matches(@"^GET /ticket/5: 502 Bad Gateway in \d+ ms \(attempt 1\)$", line),
            line => Assert.Equal("GET /ticket/5: 502 Bad Gateway; attempt 2 of 4 in 0.75 s", line),
            line => Assert.Matches(@"^GET /ticket/5: 200 OK in \d+ ms \(attempt 2\)$", line));
        Assert.Empty(log.Debug);
    }

    [Fact]
    public async Task Debug_shows_headers_and_bodies_with_the_signature_redacted()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, """{"success":true,"error":"","ticketNumber":77}""");
        var log = new RecordingLog(debug: true);

        using (AgilantLog.Use(log))
        {
            await test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "Subject here", "m"), CancellationToken.None);
        }

        string request = log.Debug[0];
        Assert.Contains("POST /ticket", request);
        Assert.Contains("\"subject\":\"Subject here\"", request);
        Assert.Contains($"Authorization: {TestClient.PublicKey}.[signature redacted]", request);
        Assert.Contains("\"ticketNumber\":77", log.Debug[1]);
        string signature = test.Handler.Sent[0].Headers["Authorization"].Split('.')[1];
        Assert.All(log.Debug.Concat(log.Verbose), line =>
        {
            Assert.DoesNotContain(signature, line);
            Assert.DoesNotContain(TestClient.Secret, line);
        });
    }

    [Fact]
    public async Task A_failure_message_reads_as_one_sentence_in_the_retry_line()
    {
        using var test = new TestClient();
        test.Handler.Fail(new HttpRequestException("Connection refused."));
        test.Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":5}}""");
        var log = new RecordingLog(debug: false);

        using (AgilantLog.Use(log))
        {
            await test.Client.Tickets.GetAsync(5, CancellationToken.None);
        }

        Assert.Contains("GET /ticket/5: Connection refused; attempt 2 of 4 in 0.75 s", log.Verbose);
    }

    [Fact]
    public async Task Debug_shows_the_user_agent_as_it_is_sent()
    {
        using var test = new TestClient(options => options.UserAgentComment = "PowerShell/7.4.6")
            .Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":5}}""");
        var log = new RecordingLog(debug: true);

        using (AgilantLog.Use(log))
        {
            await test.Client.Tickets.GetAsync(5, CancellationToken.None);
        }

        Assert.Matches(@"\nUser-Agent: Agilant\.PowerShell/[0-9.]+ \(PowerShell/7\.4\.6\)\n", log.Debug[0]);
    }

    [Fact]
    public async Task Says_nothing_when_no_log_is_listening()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":5}}""");

        Assert.Null(AgilantLog.Current);
        Assert.Equal(5, (await test.Client.Tickets.GetAsync(5, CancellationToken.None)).TicketNumber);
    }

    private sealed class RecordingLog(bool debug) : IAgilantLog
    {
        public List<string> Verbose { get; } = new();

        public List<string> Debug { get; } = new();

        public bool IsDebugEnabled => debug;

        public void WriteVerbose(string message) => Verbose.Add(message);

        public void WriteDebug(string message) => Debug.Add(message);
    }
}
