using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Emulator;

namespace Agilant.Client.Tests;

/// <summary>Once a call finds that no connection can be made, the rest of its scope fails at once without being sent.</summary>
public class UnreachableServerTests
{
    private static HttpRequestException Refused() =>
        new("Connection refused (api.example.test:443)", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public async Task After_one_call_outlasts_its_retries_unconnected_the_rest_of_the_scope_is_not_sent()
    {
        using var test = new TestClient();
        for (int i = 0; i < 4; i++)
        {
            test.Handler.Fail(Refused());
        }

        var failures = new List<AgilantException>();
        using (new AgilantCallScope().Use())
        {
            for (int number = 1; number <= 10; number++)
            {
                failures.Add(await Assert.ThrowsAnyAsync<AgilantException>(() => test.Client.Tickets.GetAsync(number, CancellationToken.None)));
            }
        }

        Assert.Equal(4, test.Handler.Sent.Count);
        Assert.Equal(3, test.Waits.Count);
        var first = Assert.IsType<AgilantConnectionException>(failures[0]);
        Assert.True(first.CouldNotConnect);
        Assert.Equal("GET /ticket/1 could not reach the server after 4 attempts over 5.25 s: Connection refused", first.Message);
        for (int i = 1; i < 10; i++)
        {
            var skipped = Assert.IsType<AgilantNotAttemptedException>(failures[i]);
            Assert.Equal(($"/ticket/{i + 1}", 0), (skipped.Route, skipped.Attempts));
            Assert.Same(first, skipped.Unreachable);
        }

        Assert.Equal(
            "GET /ticket/2 was not attempted: the server could not be reached just before "
            + "(GET /ticket/1 could not reach the server after 4 attempts over 5.25 s: Connection refused).",
            failures[1].Message);
    }

    [Fact]
    public async Task A_create_that_could_not_connect_is_not_retried_and_stops_the_scope_too()
    {
        using var test = new TestClient();
        test.Handler.Fail(Refused());

        using (new AgilantCallScope().Use())
        {
            await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "s", "m"), CancellationToken.None));
            await Assert.ThrowsAsync<AgilantNotAttemptedException>(() => test.Client.Tickets.CreateAsync(new NewTicket("a@b.co", "t", "m"), CancellationToken.None));
        }

        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task A_connection_that_broke_during_the_exchange_does_not_stop_the_scope()
    {
        using var test = new TestClient(options => options.MaximumRetryCount = 0);
        test.Handler
            .Fail(new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer")))
            .Answer(HttpStatusCode.OK, """{"success":true,"error":"","ticket":{"ticketNumber":2}}""");

        using (new AgilantCallScope().Use())
        {
            var broken = await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.GetAsync(1, CancellationToken.None));
            Assert.False(broken.CouldNotConnect);
            Assert.Equal(2, (await test.Client.Tickets.GetAsync(2, CancellationToken.None)).TicketNumber);
        }
    }

    [Fact]
    public async Task Calls_outside_the_scope_are_not_affected_by_it()
    {
        using var test = new TestClient(options => options.MaximumRetryCount = 0);
        test.Handler.Fail(Refused()).Fail(Refused()).Fail(Refused());

        using (new AgilantCallScope().Use())
        {
            await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.GetAsync(1, CancellationToken.None));
        }

        await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.GetAsync(2, CancellationToken.None));
        using (new AgilantCallScope().Use())
        {
            await Assert.ThrowsAsync<AgilantConnectionException>(() => test.Client.Tickets.GetAsync(3, CancellationToken.None));
        }

        Assert.Equal(3, test.Handler.Sent.Count);
    }

    [Fact]
    public async Task A_closed_port_is_tried_once_with_its_retries_and_then_no_more()
    {
        var attempts = 0;
        using var client = new AgilantClient(
            new AgilantClientOptions(TestClient.PublicKey, TestClient.SecureText(TestClient.Secret), new Uri($"http://127.0.0.1:{ClosedPort()}/"))
            {
                RetryBaseDelay = TimeSpan.Zero,
            },
            new ClientPlumbing { PrimaryHandler = () => new CountingHandler(() => Interlocked.Increment(ref attempts)) });

        var failures = new List<AgilantException>();
        using (new AgilantCallScope().Use())
        {
            for (int number = 1; number <= 20; number++)
            {
                failures.Add(await Assert.ThrowsAnyAsync<AgilantException>(() => client.Tickets.GetAsync(number, CancellationToken.None)));
            }
        }

        Assert.Equal(4, attempts);
        Assert.True(Assert.IsType<AgilantConnectionException>(failures[0]).CouldNotConnect);
        Assert.All(failures.GetRange(1, 19), failure => Assert.IsType<AgilantNotAttemptedException>(failure));
    }

    [Fact]
    public async Task A_TLS_handshake_that_fails_is_a_connection_that_could_not_be_made()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var plainHttp = new UriBuilder(emulator.BaseUri) { Scheme = Uri.UriSchemeHttps }.Uri;
        using var client = new AgilantClient(
            new AgilantClientOptions(emulator.Key.PublicKey, TestClient.SecureText(emulator.Key.SecretKey), plainHttp) { MaximumRetryCount = 0 });

        var failure = await Assert.ThrowsAsync<AgilantConnectionException>(() => client.Tickets.GetAsync(1, CancellationToken.None));

        Assert.True(failure.CouldNotConnect, failure.ToString());
        Assert.Empty(emulator.Requests.All);
    }

    public static TheoryData<Exception, bool> Causes => new()
    {
        { new HttpRequestException("x", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.HostNotFound)), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.TryAgain)), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.NetworkUnreachable)), true },
        { new HttpRequestException("x", new AuthenticationException("The remote certificate is invalid")), true },
        { new HttpRequestException("x", new WebException("x", WebExceptionStatus.NameResolutionFailure)), true },
        { new HttpRequestException("x", new WebException("x", WebExceptionStatus.ConnectFailure)), true },
        { new HttpRequestException("x", new WebException("x", WebExceptionStatus.TrustFailure)), true },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "x"), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.ConnectionReset)), false },
        { new HttpRequestException("x", new IOException("Unable to read data from the transport connection")), false },
        { new HttpRequestException("x", new WebException("x", WebExceptionStatus.ReceiveFailure)), false },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "x", new SocketException((int)SocketError.TimedOut)), false },
        { new HttpRequestException("x"), false },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public void Only_a_failure_to_make_the_connection_counts_as_could_not_connect(Exception cause, bool couldNotConnect) =>
        Assert.Equal(couldNotConnect, new AgilantConnectionException("GET", "/ticket/1", 1, TimeSpan.Zero, cause).CouldNotConnect);

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class CountingHandler(Action count) : DelegatingHandler(new HttpClientHandler { UseCookies = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            count();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
