using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Client.Webhooks;

namespace Agilant.Client.Tests;

/// <summary>What a sender sees of the webhook listener, and what the listener hands over, in order.</summary>
public sealed class WebhookListenerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient sender = new();
    private readonly WebhookListener listener;

    public WebhookListenerTests()
    {
        listener = WebhookListener.Start($"http://127.0.0.1:{FreePorts.Next()}/agilant", secret: null);
    }

    public void Dispose()
    {
        listener.Dispose();
        sender.Dispose();
    }

    [Fact]
    public async Task EachDocumentedWebhook_IsAnswered200_AndHandedOverTyped_InArrivalOrder()
    {
        string[] bodies =
        [
            WebhookSamples.TicketStatusChange, WebhookSamples.TicketReply, WebhookSamples.AccountStatusChange,
            WebhookSamples.ServiceStatusChange, WebhookSamples.OrderStatusChange, WebhookSamples.ItemStatusChange,
        ];

        foreach (var body in bodies)
        {
            using var answer = await PostAsync(listener.Prefix, body);
            Assert.Equal((HttpStatusCode.OK, ""), (answer.StatusCode, await answer.Content.ReadAsStringAsync()));
        }

        var taken = bodies.Select(_ => Take()).ToList();
        Assert.Equal(
            Enum.GetValues<WebhookType>(),
            taken.Select(incoming => incoming.Event!.Webhook));
        Assert.Equal(bodies, taken.Select(incoming => incoming.Body));
        Assert.All(taken, incoming => Assert.Equal((200, null), (incoming.StatusCode, incoming.Refusal)));
        Assert.StartsWith("127.0.0.1:", taken[0].Sender, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrefix_GetsTheTrailingSlashHttpListenerNeeds()
    {
        Assert.EndsWith("/agilant/", listener.Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostToThePrefixWithoutItsTrailingSlash_IsTakenToo()
    {
        using var answer = await PostAsync(listener.Prefix.TrimEnd('/'), WebhookSamples.TicketStatusChange);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(WebhookType.TICKET_STATUS_CHANGE, Take().Event!.Webhook);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"webhook":"TICKET_CLOSED","ticketNumber":1}""", "'TICKET_CLOSED' is not a webhook this module knows")]
    [InlineData("""{"webhook":"TICKET_STATUS_CHANGE"}""", "has no 'ticketNumber'")]
    public async Task ABodyThatIsNotADocumentedWebhook_IsAnswered400WithTheReason_AndHandedOverAsRefused(string body, string reason)
    {
        using var answer = await PostAsync(listener.Prefix, body);

        var incoming = Take();
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(reason, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((400, body, null), (incoming.StatusCode, incoming.Body, incoming.Event));
        Assert.Contains(reason, Assert.IsType<InvalidWebhookException>(incoming.Refusal).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverAMebibyte_IsAnswered413()
    {
        // The listener answers before it has read the whole body; a sender still writing then finds the connection
        // closed (broken pipe) instead of reading the 413, which depends on the machine's timing, not on the listener.
        HttpResponseMessage? answer = null;
        try
        {
            answer = await PostAsync(listener.Prefix, "{\"webhook\":\"" + new string('x', 1024 * 1024) + "\"}");
        }
        catch (HttpRequestException)
        {
        }

        var incoming = Take();
        Assert.Contains("over 1024 KiB", Assert.IsType<InvalidWebhookException>(incoming.Refusal).Message, StringComparison.Ordinal);
        Assert.Equal(413, incoming.StatusCode);
        if (answer is not null)
        {
            using (answer)
            {
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
            }
        }
    }

    [Fact]
    public async Task AnythingButAPost_IsAnswered405_AndNotHandedOver()
    {
        using var answer = await sender.GetAsync(listener.Prefix);
        using var posted = await PostAsync(listener.Prefix, WebhookSamples.TicketStatusChange);

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (answer.StatusCode, string.Join(",", answer.Content.Headers.Allow)));
        Assert.Equal(200, Take().StatusCode);
    }

    [Fact]
    public async Task WithASecret_ARequestWithoutItInTheHeader_IsAnswered401_AndTheSecretIsNamedNowhere()
    {
        using var guarded = WebhookListener.Start($"http://127.0.0.1:{FreePorts.Next()}/agilant/", new WebhookSecret("X-Agilant-Secret", Secure("s3cret")));

        using var missing = await PostAsync(guarded.Prefix, WebhookSamples.TicketStatusChange);
        using var wrong = await PostAsync(guarded.Prefix, WebhookSamples.TicketStatusChange, "s3cre");
        using var longer = await PostAsync(guarded.Prefix, WebhookSamples.TicketStatusChange, "s3cret!");
        using var right = await PostAsync(guarded.Prefix, WebhookSamples.TicketStatusChange, "s3cret");

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK],
            new[] { missing, wrong, longer, right }.Select(answer => answer.StatusCode));
        var refused = Enumerable.Range(0, 3).Select(_ => guarded.Take(Patience, CancellationToken.None)!).ToList();
        Assert.All(refused, incoming => Assert.Equal(("", null), (incoming.Body, incoming.Event)));
        var mismatch = Assert.IsType<WebhookSecretMismatchException>(refused[0].Refusal);
        Assert.Contains("did not carry the shared secret in its X-Agilant-Secret header", mismatch.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", mismatch.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(WebhookType.TICKET_STATUS_CHANGE, guarded.Take(Patience, CancellationToken.None)!.Event!.Webhook);
    }

    [Fact]
    public void Take_WaitsNoLongerThanItsTimeout_AndEndsAtOnceWhenCancelled()
    {
        Assert.Null(listener.Take(TimeSpan.FromMilliseconds(50), CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => listener.Take(Timeout.InfiniteTimeSpan, cancelled.Token));
    }

    [Fact]
    public void Disposing_FreesThePortAtOnce()
    {
        var port = new Uri(listener.Prefix).Port;

        listener.Dispose();

        var again = new TcpListener(IPAddress.Loopback, port);
        again.Start();
        again.Stop();
    }

    [Fact]
    public void APortInUse_CannotBeListenedOn()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            Assert.Throws<HttpListenerException>(() => WebhookListener.Start($"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}/agilant/", secret: null));
        }
        finally
        {
            taken.Stop();
        }
    }

    private IncomingWebhook Take() => listener.Take(Patience, CancellationToken.None) ?? throw new TimeoutException("Nothing was handed over.");

    private async Task<HttpResponseMessage> PostAsync(string url, string body, string? secret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Agilant-Secret", secret);
        }

        return await sender.SendAsync(request);
    }

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        return secure;
    }
}
