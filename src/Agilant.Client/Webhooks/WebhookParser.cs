using System;
using System.Text.Json;
using Agilant.Client.Json;

namespace Agilant.Client.Webhooks
{
    /// <summary>Reads the JSON of a webhook request into its typed event.</summary>
    public static class WebhookParser
    {
        public static WebhookEvent Parse(string json)
        {
            JsonElement root;
            try
            {
                using (JsonDocument document = JsonDocument.Parse(json))
                {
                    root = document.RootElement.Clone();
                }
            }
            catch (JsonException malformed)
            {
                throw new InvalidWebhookException($"The webhook request is not valid JSON: {malformed.Message}", malformed);
            }

            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("webhook", out JsonElement kind)
                || kind.ValueKind != JsonValueKind.String)
            {
                throw new InvalidWebhookException("The webhook request has no 'webhook' field naming its kind.");
            }

            string name = kind.GetString()!;
            if (!Enum.TryParse(name, ignoreCase: false, out WebhookType webhook) || !Enum.IsDefined(typeof(WebhookType), webhook))
            {
                throw new InvalidWebhookException(
                    $"'{name}' is not a webhook this module knows; expected one of {string.Join(", ", Enum.GetNames(typeof(WebhookType)))}.");
            }

            try
            {
                return webhook switch
                {
                    WebhookType.TICKET_STATUS_CHANGE => new TicketStatusChangedEvent(
                        Field<int>(root, webhook, "ticketNumber"), Field<TicketStatus?>(root, webhook, "status")),
                    WebhookType.TICKET_REPLY => Replied(root),
                    WebhookType.ACCOUNT_STATUS_CHANGE or WebhookType.SERVICE_STATUS_CHANGE => new AccountChangedEvent(webhook, Field<Account>(root, webhook, "account")),
                    _ => new OrderChangedEvent(webhook, Field<Order>(root, webhook, "order")),
                };
            }
            catch (JsonException unreadable)
            {
                throw new InvalidWebhookException($"The {name} webhook request could not be read: {unreadable.Message}", unreadable);
            }
        }

        private static TicketRepliedEvent Replied(JsonElement root)
        {
            int ticketNumber = Field<int>(root, WebhookType.TICKET_REPLY, "ticketNumber");
            TicketReply reply = Field<TicketReply>(root, WebhookType.TICKET_REPLY, "reply");
            reply.TicketNumber = ticketNumber;
            return new TicketRepliedEvent(ticketNumber, reply);
        }

        private static T Field<T>(JsonElement root, WebhookType webhook, string name)
        {
            if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                throw new InvalidWebhookException($"The {webhook} webhook request has no '{name}'.");
            }

            return value.Deserialize<T>(AgilantJson.Options)!;
        }
    }
}
