using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using System.Threading.Tasks;
using ClientSamples = Agilant.Client.Tests.Support.Samples;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>The documents' six webhooks, POSTed to a real receiver as the state changes, with the fields of the documents' samples.</summary>
public sealed class WebhookTests : WebhookTest
{
    [Fact]
    public async Task ATicketsStatusChange_SendsTicketStatusChange()
    {
        var ticket = Emulator.State.Tickets.Add(Samples.Ticket);

        await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");

        var webhook = await NextWebhookAsync();
        Assert.Equal(("POST", WebhookReceiver.Path, "application/json"), (webhook.Method, webhook.Path, webhook.ContentType));
        AssertJson($$"""{"webhook":"TICKET_STATUS_CHANGE","ticketNumber":{{ticket.TicketNumber}},"status":"CLOSED"}""", webhook.Body);
    }

    [Fact]
    public async Task ATicketReply_SendsTicketReply_WithTheReply()
    {
        var ticket = Emulator.State.Tickets.Add(Samples.Ticket);

        await Client.PostAsync($"/ticket/{ticket.TicketNumber}/reply", Samples.ReplyRequest);

        AssertJson(
            $$$"""
            {"webhook":"TICKET_REPLY","ticketNumber":{{{ticket.TicketNumber}}},"reply":{"repliedOn":"2020-02-03T07:34:16-06:00","firstName":"Jane",
             "lastName":"Doe","emailAddress":"janedoe@testco.com","message":"Have you tried powering the system off then on?"}}
            """,
            (await NextWebhookAsync()).Body);
    }

    [Fact]
    public async Task AnAccountsStatusChange_SendsAccountStatusChange_WithTheWholeAccountAsItIsNow()
    {
        Emulator.State.Accounts.Add(AccountSamples.Account);

        Emulator.State.Accounts.Update("23526813", account => account with { Status = "INACTIVE" });

        var expected = AccountWebhook("ACCOUNT_STATUS_CHANGE");
        expected["account"]!["status"] = "INACTIVE";
        AssertJson(expected.ToJsonString(), (await NextWebhookAsync()).Body);
    }

    [Fact]
    public async Task AServicesStatusChange_SendsServiceStatusChange_WithTheWholeAccountAsItIsNow()
    {
        Emulator.State.Accounts.Add(AccountSamples.Account);

        Emulator.State.Accounts.Update("23526813", account => account with { Services = [account.Services[0], account.Services[1] with { Status = "CANCELLED" }] });

        var expected = AccountWebhook("SERVICE_STATUS_CHANGE");
        expected["account"]!["service"]![1]!["status"] = "CANCELLED";
        AssertJson(expected.ToJsonString(), (await NextWebhookAsync()).Body);
    }

    [Fact]
    public async Task DeletingAnAccount_CancelsItsSubscriptions_AndSendsTheAccountAndServiceStatusChanges()
    {
        Emulator.State.Accounts.Add(AccountSamples.Account);

        await AccountClient.DeleteAsync("/account/23526813");

        var expected = JsonNode.Parse(ClientSamples.AccountAnswer)!["account"]!.DeepClone();
        expected["status"] = "INACTIVE";
        expected["service"]![0]!["status"] = "CANCELLED";
        expected["service"]![1]!["status"] = "CANCELLED";
        foreach (var webhook in new[] { "ACCOUNT_STATUS_CHANGE", "SERVICE_STATUS_CHANGE", "SERVICE_STATUS_CHANGE" })
        {
            AssertJson(new JsonObject { ["webhook"] = webhook, ["account"] = expected.DeepClone() }.ToJsonString(), (await NextWebhookAsync()).Body);
        }
    }

    [Fact]
    public async Task PayingForAnOrder_SendsItemStatusChange_ThenOrderStatusChange_WithTheWholeOrderAsItIsNow()
    {
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"paid":false}]}}""");
        var unpaid = await NextWebhookAsync();

        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");
        var itemPaid = await NextWebhookAsync();
        var orderPaid = await NextWebhookAsync();

        Assert.Equal(
            ["ITEM_STATUS_CHANGE", "ITEM_STATUS_CHANGE", "ORDER_STATUS_CHANGE"],
            new[] { unpaid, itemPaid, orderPaid }.Select(webhook => webhook.Json.GetProperty("webhook").GetString()));
        Assert.Equal(("CREATED", "QUOTE_CREATED"), ItemAndOrderStatus(unpaid));
        Assert.Equal(("PAID", "QUOTE_PAYMENT_ACCEPTED"), ItemAndOrderStatus(itemPaid));
        Assert.Equal(itemPaid.Json.GetProperty("order").GetRawText(), orderPaid.Json.GetProperty("order").GetRawText());
        var order = orderPaid.Json.GetProperty("order");
        var expected = new JsonObject { ["webhook"] = "ORDER_STATUS_CHANGE", ["order"] = JsonNode.Parse(ClientSamples.OrderAnswer)!["order"]!.DeepClone() };
        expected["order"]!["status"] = "QUOTE_PAYMENT_ACCEPTED";
        expected["order"]!["updatedOn"] = order.GetProperty("updatedOn").GetString();
        expected["order"]!["item"]![0]!["paidOn"] = order.GetProperty("item")[0].GetProperty("paidOn").GetString();
        AssertJson(expected.ToJsonString(), orderPaid.Body);
    }

    [Fact]
    public async Task ChangesNoWebhookIsDocumentedFor_SendNothing_AndTheRestKeepTheirOrder()
    {
        Emulator.State.Accounts.Add(AccountSamples.Account);

        await AccountClient.DeleteAsync("/account/23526813/service/IHIO-SMARTTV", """{"lineNumber":2}""");
        await AccountClient.DeleteAsync("/order/89023475/item/346346", """{"lineNumber":2}""");
        await AccountClient.PostAsync("/order/12345678/diagnostic", OrderSamples.DiagnosticRequest);
        await AccountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");

        Assert.Equal("ITEM_STATUS_CHANGE", (await NextWebhookAsync()).Json.GetProperty("webhook").GetString());
        Assert.Equal("ORDER_STATUS_CHANGE", (await NextWebhookAsync()).Json.GetProperty("webhook").GetString());
        Assert.Equal([1L, 2L], Emulator.Webhooks.Delivered.Select(delivery => delivery.Sequence));
    }

    [Fact]
    public async Task ASlowReceiver_DoesNotDelayTheApiAnswer()
    {
        var ticket = Emulator.State.Tickets.Add(Samples.Ticket);
        Receiver.Hold();

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");
        await Receiver.NextAsync(Timeout);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(Emulator.Webhooks.Delivered);
        Receiver.Release();
        var delivery = await Emulator.Webhooks.NextAsync(Timeout);
        Assert.Equal((1L, "TICKET_STATUS_CHANGE", 200, true), (delivery.Sequence, delivery.Webhook, delivery.StatusCode, delivery.Succeeded));
    }

    [Fact]
    public async Task AReceiverThatAnswersAnError_IsRecorded_AndTheApiAnswersAsEver()
    {
        var ticket = Emulator.State.Tickets.Add(Samples.Ticket);
        Receiver.StatusCode = 500;

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");
        var delivery = await Emulator.Webhooks.NextAsync(Timeout);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((500, false, null), (delivery.StatusCode, delivery.Succeeded, delivery.Failure));
        Assert.Equal(delivery, Assert.Single(Emulator.Webhooks.Delivered));
    }

    [Fact]
    public async Task StoppingTheEmulator_AbandonsTheDeliveryUnderWay_RecordsIt_AndEndsTheWait()
    {
        var ticket = Emulator.State.Tickets.Add(Samples.Ticket);
        Receiver.Hold();
        await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");
        await Receiver.NextAsync(Timeout);

        await Emulator.DisposeAsync();

        var delivery = await Emulator.Webhooks.NextAsync(Timeout);
        Assert.Equal((null, "The emulator stopped before the receiver answered"), (delivery.StatusCode, delivery.Failure));
        await Assert.ThrowsAsync<ChannelClosedException>(() => Emulator.Webhooks.NextAsync(Timeout));
        Assert.Equal(Receiver.Url, Emulator.Webhooks.Url);
    }

    private static JsonObject AccountWebhook(string webhook) =>
        new() { ["webhook"] = webhook, ["account"] = JsonNode.Parse(ClientSamples.AccountAnswer)!["account"]!.DeepClone() };

    private static (string? Item, string? Order) ItemAndOrderStatus(ReceivedWebhook webhook)
    {
        var order = webhook.Json.GetProperty("order");
        return (order.GetProperty("item")[0].GetProperty("status").GetString(), order.GetProperty("status").GetString());
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), actual);
}
