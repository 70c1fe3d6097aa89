using System.Text;
using System.Text.Json.Nodes;
using Agilant.Emulator.Apis;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Webhooks;

/// <summary>
/// The documents' six webhook payloads, built from the state a change left: TICKET_STATUS_CHANGE and TICKET_REPLY of
/// the Ticketing API, ACCOUNT_STATUS_CHANGE, SERVICE_STATUS_CHANGE, ORDER_STATUS_CHANGE and ITEM_STATUS_CHANGE of the
/// Account Management API (the last four send the whole account or order as it is now).
/// </summary>
internal static class WebhookPayloads
{
    /// <returns>The webhook that announces this change; null for a change no webhook type is documented for.</returns>
    public static PendingWebhook? For(EmulatorEvent change) => change switch
    {
        TicketStatusChanged ticket => Make(new JsonObject
        {
            ["webhook"] = "TICKET_STATUS_CHANGE",
            ["ticketNumber"] = ticket.TicketNumber,
            ["status"] = ticket.Status,
        }),
        TicketReplyAdded reply => Make(new JsonObject
        {
            ["webhook"] = "TICKET_REPLY",
            ["ticketNumber"] = reply.TicketNumber,
            ["reply"] = TicketJson.Reply(reply.Reply),
        }),
        AccountStatusChanged account => Make(new JsonObject { ["webhook"] = "ACCOUNT_STATUS_CHANGE", ["account"] = AccountJson.Account(account.Account) }),
        ServiceStatusChanged service => Make(new JsonObject { ["webhook"] = "SERVICE_STATUS_CHANGE", ["account"] = AccountJson.Account(service.Account) }),
        OrderStatusChanged order => Make(new JsonObject { ["webhook"] = "ORDER_STATUS_CHANGE", ["order"] = OrderJson.Order(order.Order) }),
        OrderItemStatusChanged item => Make(new JsonObject { ["webhook"] = "ITEM_STATUS_CHANGE", ["order"] = OrderJson.Order(item.Order) }),
        _ => null,
    };

    private static PendingWebhook Make(JsonObject body) =>
        new(body["webhook"]!.GetValue<string>(), Encoding.UTF8.GetString(Envelope.Serialize(body)));
}
