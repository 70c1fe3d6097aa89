using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Receive-AgilantWebhook in one runspace, listening, while the emulator sends it the webhooks of the changes the
/// cmdlets make in another, as an admin would run a handler at one prompt and a change at another.
/// </summary>
public class ReceiveAgilantWebhookTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string prefix = $"http://127.0.0.1:{FreePorts.Next()}/agilant/";
    private readonly HttpClient sender = new();

    public void Dispose() => sender.Dispose();

    [Fact]
    public async Task Every_documented_webhook_arrives_once_as_its_typed_event_in_order_and_pipes_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { WebhookUrl = new Uri(prefix) });
        emulator.State.Accounts.Add(new Account
        {
            Id = "HOOK-1",
            FirstName = "Ann",
            LastName = "Lee",
            EmailAddress = "ann@testco.com",
            CreateDate = new DateOnly(2024, 1, 1),
            Services = [new Service { SkuNumber = "PREM-SECURITY", PurchaseDate = new DateOnly(2024, 1, 1) }],
        });
        using var receiving = Engine.ConnectedTo(emulator);
        using RunningScript receiver = receiving.Start($$"""
            $Received = [System.Collections.Generic.List[object]]::new()
            Receive-AgilantWebhook -Prefix '{{prefix}}' -Count 6 |
                ForEach-Object { $Received.Add($_); $_ } |
                Where-Object Webhook -eq ORDER_STATUS_CHANGE |
                Get-AgilantOrder
            """);
        await receiver.InformationAsync($"Listening for Agilant webhooks at {prefix}").WaitAsync(Patience);

        using var changing = Engine.ConnectedTo(emulator);
        changing.Run("""
            $ticket = New-AgilantTicket -Subject 'Webhook check' -Message m -EmailAddress ann@testco.com
            Set-AgilantTicket $ticket.TicketNumber -Status CLOSED
            Add-AgilantTicketReply $ticket.TicketNumber 'Closed now.' -EmailAddress desk@testco.com | Out-Null
            (Get-AgilantOrder 12345678).Items | Set-AgilantOrderItem -Paid $true
            Remove-AgilantAccount HOOK-1 -Confirm:$false
            """).ShouldHaveNoErrors();
        ScriptResult result = await Task.Run(receiver.Finish).WaitAsync(Patience);

        result.ShouldHaveNoErrors();
        Assert.Equal(
            new[]
            {
                "Agilant.TicketStatusChangedEvent TICKET_STATUS_CHANGE", "Agilant.TicketRepliedEvent TICKET_REPLY",
                "Agilant.OrderChangedEvent ITEM_STATUS_CHANGE", "Agilant.OrderChangedEvent ORDER_STATUS_CHANGE",
                "Agilant.AccountChangedEvent ACCOUNT_STATUS_CHANGE", "Agilant.AccountChangedEvent SERVICE_STATUS_CHANGE",
            },
            receiving.Run("$Received | ForEach-Object { '{0} {1}' -f $_.GetType().FullName, $_.Webhook }").Output.Select(line => line.ToString()));
        dynamic order = Assert.Single(result.Objects("Agilant.Order"));
        Assert.Equal(("12345678", "QUOTE_PAYMENT_ACCEPTED"), ((string)order.Number, order.Status.ToString()));
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => emulator.Webhooks.NextAsync()).ToList()).WaitAsync(Patience);
        Assert.All(deliveries, delivery => Assert.Equal(200, delivery.StatusCode));
        Assert.Equal(6, emulator.Webhooks.Delivered.Count);
    }

    [Fact]
    public async Task Stopping_during_a_wait_ends_it_at_once_and_frees_the_port()
    {
        using var engine = new Engine();
        using RunningScript receiver = engine.Start($"Receive-AgilantWebhook -Prefix '{prefix}'");
        await receiver.InformationAsync("Listening").WaitAsync(Patience);
        using (var delivered = await PostAsync(WebhookSamples.TicketStatusChange))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        await receiver.StopAsync().WaitAsync(Patience);
        ScriptResult result = receiver.Finish();
        clock.Stop();

        Assert.IsType<PipelineStoppedException>(result.Terminating);
        // The wait itself ends within a second; the bound is wide for a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {clock.Elapsed}.");
        using var again = new HttpListener();
        again.Prefixes.Add(prefix);
        again.Start();
    }

    [Fact]
    public async Task A_body_that_is_not_a_documented_webhook_is_answered_400_and_written_as_an_error_naming_it()
    {
        using var engine = new Engine();
        using RunningScript receiver = engine.Start($"Receive-AgilantWebhook -Prefix '{prefix}' -Count 1");
        await receiver.InformationAsync("Listening").WaitAsync(Patience);

        using var unknown = await PostAsync("""{"webhook":"TICKET_CLOSED","ticketNumber":10000001}""");
        using var browsing = await sender.GetAsync(prefix);
        using var documented = await PostAsync(WebhookSamples.TicketReply);
        ScriptResult result = await Task.Run(receiver.Finish).WaitAsync(Patience);

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed, HttpStatusCode.OK),
            (unknown.StatusCode, browsing.StatusCode, documented.StatusCode));
        Assert.Null(result.Terminating);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(("Agilant.InvalidWebhook,Agilant.PowerShell.Commands.ReceiveAgilantWebhookCommand", ErrorCategory.InvalidData),
            (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
        Assert.Equal("""{"webhook":"TICKET_CLOSED","ticketNumber":10000001}""", error.TargetObject);
        Assert.StartsWith("'TICKET_CLOSED' is not a webhook this module knows", error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Contains("was answered 400. Check what posts to " + prefix, error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Single(result.Objects("Agilant.TicketRepliedEvent"));
    }

    [Fact]
    public void TimeoutSec_ends_the_wait_quietly_with_what_arrived()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run($"Receive-AgilantWebhook -Prefix '{prefix}' -TimeoutSec 1 -Verbose");

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Output);
        Assert.Contains("Stopped listening after 1 s (-TimeoutSec), with 0 webhook(s) received.", result.Verbose);
        using var again = new HttpListener();
        again.Prefixes.Add(prefix);
        again.Start();
    }

    [Fact]
    public async Task With_a_shared_secret_only_requests_that_carry_it_are_taken()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            WebhookUrl = new Uri(prefix),
            WebhookHeaders = new System.Collections.Generic.Dictionary<string, string> { ["X-Agilant-Secret"] = "s3cret" },
        });
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Secret", Engine.Secure("s3cret"));
        using RunningScript receiver = engine.Start($"Receive-AgilantWebhook -Prefix '{prefix}' -SharedSecret $Secret -Count 1");
        await receiver.InformationAsync("Listening").WaitAsync(Patience);

        using var forged = await PostAsync(WebhookSamples.TicketStatusChange);
        emulator.State.Orders.Update("89023475", order => order with { Status = "ORDER_COMPLETE" });
        ScriptResult result = await Task.Run(receiver.Finish).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(("Agilant.WebhookSecretMismatch,Agilant.PowerShell.Commands.ReceiveAgilantWebhookCommand", ErrorCategory.SecurityError),
            (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
        Assert.EndsWith("If Agilant sent it, give -SharedSecret the secret its webhook is configured with.", error.ErrorDetails.Message, StringComparison.Ordinal);
        dynamic changed = Assert.Single(result.Objects("Agilant.OrderChangedEvent"));
        Assert.Equal("ORDER_STATUS_CHANGE", changed.Webhook.ToString());
        Assert.DoesNotContain("s3cret", result.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_stops_the_command_saying_what_to_do()
    {
        using var taken = new HttpListener();
        taken.Prefixes.Add(prefix);
        taken.Start();
        using var engine = new Engine();

        ScriptResult result = engine.Run($"try {{ Receive-AgilantWebhook -Prefix '{prefix}' }} catch {{ $_ }}");

        ErrorRecord error = result.Caught;
        Assert.Equal(("Agilant.CannotListen,Agilant.PowerShell.Commands.ReceiveAgilantWebhookCommand", ErrorCategory.ResourceUnavailable, prefix),
            (error.FullyQualifiedErrorId, error.CategoryInfo.Category, error.TargetObject));
        Assert.StartsWith($"Could not listen on {prefix}: ", error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.EndsWith("Give -Prefix another port, or stop the program that listens there.", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-Prefix ftp://127.0.0.1:8080/agilant/", "Agilant.InvalidPrefix", "'ftp://127.0.0.1:8080/agilant/' is not a prefix to listen on: ")]
    [InlineData("-SharedSecret ([System.Security.SecureString]::new())", "Agilant.EmptySharedSecret", "-SharedSecret is empty.")]
    public void A_prefix_or_secret_it_cannot_use_stops_the_command_before_it_listens(string parameters, string id, string message)
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run($"try {{ Receive-AgilantWebhook {parameters} }} catch {{ $_ }}");

        ErrorRecord error = result.Caught;
        Assert.Equal((id + ",Agilant.PowerShell.Commands.ReceiveAgilantWebhookCommand", ErrorCategory.InvalidArgument),
            (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
        Assert.StartsWith(message, error.ErrorDetails?.Message ?? error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_changes_nothing_so_it_takes_no_WhatIf()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("(Get-Command Receive-AgilantWebhook).Parameters.Keys -contains 'WhatIf'");

        Assert.Equal(false, Assert.Single(result.Output).BaseObject);
    }

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await sender.PostAsync(prefix, new StringContent(json, Encoding.UTF8, "application/json"));
}
