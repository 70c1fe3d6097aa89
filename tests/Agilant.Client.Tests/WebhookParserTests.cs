using System;
using Agilant.Client.Tests.Support;
using Agilant.Client.Webhooks;

namespace Agilant.Client.Tests;

public class WebhookParserTests
{
    [Fact]
    public void Ticket_status_change()
    {
        var change = Assert.IsType<TicketStatusChangedEvent>(WebhookParser.Parse(WebhookSamples.TicketStatusChange));

        Assert.Equal((WebhookType.TICKET_STATUS_CHANGE, 12345678, TicketStatus.CLOSED), (change.Webhook, change.TicketNumber, change.Status));
    }

    [Fact]
    public void Ticket_reply_carries_the_reply_with_its_ticket_number()
    {
        var replied = Assert.IsType<TicketRepliedEvent>(WebhookParser.Parse(WebhookSamples.TicketReply));

        Assert.Equal(12345678, replied.TicketNumber);
        Assert.Equal((12345678, "Jane", "Have you tried restarting your machine?"), (replied.Reply.TicketNumber, replied.Reply.FirstName, replied.Reply.Message));
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 7, 34, 16, TimeSpan.FromHours(-6)), replied.Reply.RepliedOn);
    }

    [Theory]
    [InlineData(WebhookSamples.AccountStatusChange, WebhookType.ACCOUNT_STATUS_CHANGE)]
    [InlineData(WebhookSamples.ServiceStatusChange, WebhookType.SERVICE_STATUS_CHANGE)]
    public void Account_and_service_changes_carry_the_whole_account(string json, WebhookType webhook)
    {
        var changed = Assert.IsType<AccountChangedEvent>(WebhookParser.Parse(json));

        Assert.Equal((webhook, "23526813"), (changed.Webhook, changed.AccountId));
        Assert.Equal(2, changed.Account.Services.Count);
        Assert.All(changed.Account.Services, service => Assert.Equal("23526813", service.AccountId));
        Assert.Null(changed.Account.Services[1].RenewalDate);
    }

    [Theory]
    [InlineData(WebhookSamples.OrderStatusChange, WebhookType.ORDER_STATUS_CHANGE)]
    [InlineData(WebhookSamples.ItemStatusChange, WebhookType.ITEM_STATUS_CHANGE)]
    public void Order_and_item_changes_carry_the_whole_order(string json, WebhookType webhook)
    {
        var changed = Assert.IsType<OrderChangedEvent>(WebhookParser.Parse(json));

        Assert.Equal((webhook, "89023475", OrderStatus.QUOTE_CREATED), (changed.Webhook, changed.Number, changed.Order.Status));
        Assert.Equal(2, changed.Order.Items.Count);
        Assert.All(changed.Order.Items, item => Assert.Equal("89023475", item.OrderNumber));
    }

    [Theory]
    [InlineData("{ not json", "The webhook request is not valid JSON")]
    [InlineData("[1, 2]", "The webhook request has no 'webhook' field naming its kind.")]
    [InlineData("""{"ticketNumber": 5}""", "The webhook request has no 'webhook' field naming its kind.")]
    [InlineData("""{"webhook": "INVOICE_PAID"}""", "'INVOICE_PAID' is not a webhook this module knows; expected one of TICKET_STATUS_CHANGE, TICKET_REPLY")]
    [InlineData("""{"webhook": "ticket_reply", "ticketNumber": 5}""", "'ticket_reply' is not a webhook this module knows")]
    [InlineData("""{"webhook": "TICKET_REPLY", "ticketNumber": 5}""", "The TICKET_REPLY webhook request has no 'reply'.")]
    [InlineData("""{"webhook": "ORDER_STATUS_CHANGE", "order": "89023475"}""", "The ORDER_STATUS_CHANGE webhook request could not be read")]
    public void Anything_else_is_a_clear_error(string json, string message)
    {
        var failure = Assert.Throws<InvalidWebhookException>(() => WebhookParser.Parse(json));

        Assert.StartsWith(message, failure.Message);
    }
}
