using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class WebhookCmdletTests
{
    [Theory]
    [InlineData(WebhookSamples.TicketStatusChange, "Agilant.TicketStatusChangedEvent", "TICKET_STATUS_CHANGE", "TicketNumber", "12345678")]
    [InlineData(WebhookSamples.TicketReply, "Agilant.TicketRepliedEvent", "TICKET_REPLY", "TicketNumber", "12345678")]
    [InlineData(WebhookSamples.AccountStatusChange, "Agilant.AccountChangedEvent", "ACCOUNT_STATUS_CHANGE", "AccountId", "23526813")]
    [InlineData(WebhookSamples.ServiceStatusChange, "Agilant.AccountChangedEvent", "SERVICE_STATUS_CHANGE", "AccountId", "23526813")]
    [InlineData(WebhookSamples.OrderStatusChange, "Agilant.OrderChangedEvent", "ORDER_STATUS_CHANGE", "Number", "89023475")]
    [InlineData(WebhookSamples.ItemStatusChange, "Agilant.OrderChangedEvent", "ITEM_STATUS_CHANGE", "Number", "89023475")]
    public void Each_documented_webhook_converts_to_its_event(string json, string type, string webhook, string key, string value)
    {
        using var engine = new Engine();
        engine.Set("Json", json);

        ScriptResult result = engine.Run("$Json | ConvertFrom-AgilantWebhook");

        result.ShouldHaveNoErrors();
        dynamic converted = Assert.Single(result.Objects(type));
        Assert.Equal(webhook, converted.Webhook.ToString());
        Assert.Equal(value, ((PSObject)result.Output[0]).Properties[key].Value.ToString());
    }

    [Fact]
    public void Events_are_filtered_by_Type_as_well_as_by_Webhook()
    {
        using var engine = new Engine();
        engine.Set("Bodies", new[] { WebhookSamples.TicketStatusChange, WebhookSamples.OrderStatusChange, WebhookSamples.ItemStatusChange });

        ScriptResult result = engine.Run("$Bodies | ConvertFrom-AgilantWebhook | Where-Object Type -eq ORDER_STATUS_CHANGE | ForEach-Object { \"$($_.Type) $($_.Number)\" }");

        result.ShouldHaveNoErrors();
        Assert.Equal("ORDER_STATUS_CHANGE 89023475", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public async Task An_order_event_pipes_on_to_Get_AgilantOrder()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Json", WebhookSamples.ItemStatusChange);

        ScriptResult result = engine.Run("$Json | ConvertFrom-AgilantWebhook | Get-AgilantOrder");

        result.ShouldHaveNoErrors();
        dynamic order = Assert.Single(result.Objects("Agilant.Order"));
        Assert.Equal("89023475", (string)order.Number);
        Assert.Equal("/order/89023475", emulator.Requests.All.Single().RawTarget);
    }

    [Fact]
    public async Task Ticket_and_account_events_pipe_on_to_their_Get_cmdlets()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            $ticket = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com
            New-AgilantAccount -Id 23526813 -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com | Out-Null
            """).ShouldHaveNoErrors();
        engine.Set("Ticket", WebhookSamples.TicketStatusChange.Replace("12345678", "10000001"));
        engine.Set("Account", WebhookSamples.AccountStatusChange);

        ScriptResult result = engine.Run("""
            ($Ticket | ConvertFrom-AgilantWebhook | Get-AgilantTicket).Subject
            ($Account | ConvertFrom-AgilantWebhook | Get-AgilantAccount).FirstName
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "s", "Jane" }, result.Output.Select(item => item.ToString()));
    }

    [Fact]
    public void A_runbooks_webhook_data_binds_by_its_RequestBody()
    {
        using var engine = new Engine();
        engine.Set("Json", WebhookSamples.TicketReply);

        ScriptResult result = engine.Run("""
            $WebhookData = [pscustomobject]@{ WebhookName = 'agilant'; RequestBody = $Json; RequestHeader = @{} }
            ($WebhookData | ConvertFrom-AgilantWebhook).Reply.Message
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("Have you tried restarting your machine?", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void Malformed_or_unknown_requests_are_errors_naming_the_request_and_the_rest_go_on()
    {
        using var engine = new Engine();
        engine.Set("Good", WebhookSamples.TicketStatusChange);

        ScriptResult result = engine.Run("""'{ not json', '{"webhook":"INVOICE_PAID"}', $Good | ConvertFrom-AgilantWebhook""");

        Assert.Single(result.Objects("Agilant.TicketStatusChangedEvent"));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error =>
        {
            Assert.Equal("Agilant.InvalidWebhook,Agilant.PowerShell.Commands.ConvertFromAgilantWebhookCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        });
        Assert.Equal("{ not json", result.Errors[0].TargetObject);
        Assert.Contains("'INVOICE_PAID' is not a webhook this module knows", result.Errors[1].ErrorDetails.Message);
    }

    [Fact]
    public void A_request_piped_in_line_by_line_is_one_event()
    {
        using var engine = new Engine();
        engine.Set("Json", WebhookSamples.OrderStatusChange);

        ScriptResult result = engine.Run("$Json.Split([char]10) | ConvertFrom-AgilantWebhook | ForEach-Object Number");

        result.ShouldHaveNoErrors();
        Assert.True(WebhookSamples.OrderStatusChange.Split('\n').Length > 3);
        Assert.Equal("89023475", Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void Requests_piped_in_one_by_one_are_one_event_each_in_their_order()
    {
        using var engine = new Engine();
        engine.Set("Bodies", new[] { WebhookSamples.ItemStatusChange, WebhookSamples.TicketReply, WebhookSamples.AccountStatusChange });

        ScriptResult result = engine.Run("$Bodies | ConvertFrom-AgilantWebhook | ForEach-Object { $_.Webhook.ToString() }");

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "ITEM_STATUS_CHANGE", "TICKET_REPLY", "ACCOUNT_STATUS_CHANGE" }, result.Output.Select(item => item.ToString()));
    }
}
