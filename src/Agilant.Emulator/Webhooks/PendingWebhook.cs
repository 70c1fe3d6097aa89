namespace Agilant.Emulator.Webhooks;

/// <summary>A webhook waiting to be sent: its type and its JSON body, made when the change was.</summary>
internal sealed record PendingWebhook(string Webhook, string Body);
