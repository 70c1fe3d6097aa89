using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Hosting;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class WebhookOptionsTests
{
    [Fact]
    public async Task WithoutAWebhookUrl_NothingIsSent()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        var ticket = emulator.State.Tickets.Add(Samples.Ticket);

        await client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");

        Assert.Null(emulator.Webhooks.Url);
        Assert.Empty(emulator.Webhooks.Delivered);
    }

    [Theory]
    [InlineData("/hooks")]
    [InlineData("ftp://127.0.0.1/hooks")]
    [InlineData("file:///tmp/hooks")]
    public async Task AWebhookUrlThatIsNotAbsoluteHttp_IsRefused(string url)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            AgilantEmulator.StartAsync(new EmulatorOptions { WebhookUrl = new Uri(url, UriKind.RelativeOrAbsolute) }));

        Assert.Contains("is not an absolute http:// or https:// URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReceiverThatCannotBeReached_IsRecordedAsAFailure_AndTheApiAnswersAsEver()
    {
        Uri closed;
        await using (var receiver = await WebhookReceiver.StartAsync())
        {
            closed = receiver.Url;
        }

        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { WebhookUrl = closed });
        using var client = new EmulatorClient(emulator);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ticket = emulator.State.Tickets.Add(Samples.Ticket);

        var reply = await client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");
        var delivery = await emulator.Webhooks.NextAsync(timeout.Token);

        Assert.Equal(System.Net.HttpStatusCode.OK, reply.Status);
        Assert.Null(delivery.StatusCode);
        Assert.False(string.IsNullOrEmpty(delivery.Failure));
        Assert.Equal("TICKET_STATUS_CHANGE", delivery.Webhook);
    }

    [Theory]
    [InlineData("--webhook-url", "http://127.0.0.1:5090/hooks")]
    [InlineData("--webhook-url=http://127.0.0.1:5090/hooks", null)]
    public void TheCommandLine_TakesAWebhookUrl_InEitherForm(string argument, string? value)
    {
        var commandLine = CommandLine.Parse(value is null ? [argument] : [argument, value]);

        Assert.Equal(new Uri("http://127.0.0.1:5090/hooks"), commandLine.WebhookUrl);
    }

    [Fact]
    public async Task WebhookHeaders_GoWithEveryWebhook_BesideTheJsonContentType()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            WebhookUrl = receiver.Url,
            WebhookHeaders = new Dictionary<string, string> { ["X-Agilant-Secret"] = "s3cret", ["X-Sender"] = "emulator" },
        });
        using var client = new EmulatorClient(emulator);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ticket = emulator.State.Tickets.Add(Samples.Ticket);

        await client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");
        var webhook = await receiver.NextAsync(timeout.Token);

        Assert.Equal(("s3cret", "emulator", "application/json"), (webhook.Headers["X-Agilant-Secret"], webhook.Headers["X-Sender"], webhook.ContentType));
    }

    [Theory]
    [InlineData("Bad Name", "v")]
    [InlineData("X-Secret", "one\r\nX-Injected: two")]
    [InlineData("Content-Type", "text/plain")]
    public async Task AWebhookHeaderThatCannotBeSent_IsRefusedAtStart(string name, string value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => AgilantEmulator.StartAsync(new EmulatorOptions
        {
            WebhookUrl = new Uri("http://127.0.0.1:5090/hooks"),
            WebhookHeaders = new Dictionary<string, string> { [name] = value },
        }));

        Assert.StartsWith($"The webhook header '{name}' cannot be sent: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLine_TakesWebhookHeaders_NameColonValue_OneOptionEach()
    {
        var commandLine = CommandLine.Parse(["--webhook-header", "X-Agilant-Secret: s3cret: with a colon", "--webhook-header=X-Sender:emulator"]);

        Assert.Equal(
            new Dictionary<string, string> { ["X-Agilant-Secret"] = "s3cret: with a colon", ["X-Sender"] = "emulator" },
            commandLine.WebhookHeaders);
    }

    [Fact]
    public void WithoutTheOption_TheCommandLineSendsNoWebhooks()
    {
        Assert.Null(CommandLine.Parse(["--seed"]).WebhookUrl);
    }
}
