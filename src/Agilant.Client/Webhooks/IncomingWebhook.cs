using System;

namespace Agilant.Client.Webhooks
{
    /// <summary>One POST the webhook listener took: the event it carried and was answered 200 for, or why it was refused.</summary>
    public sealed class IncomingWebhook
    {
        internal IncomingWebhook(string sender, int statusCode, string body, WebhookEvent? webhookEvent, Exception? refusal)
        {
            Sender = sender;
            StatusCode = statusCode;
            Body = body;
            Event = webhookEvent;
            Refusal = refusal;
        }

        /// <summary>The sender's address and port, as the listener saw them.</summary>
        public string Sender { get; }

        /// <summary>What the sender was answered: 200, or 400, 401 or 413 for a refusal.</summary>
        public int StatusCode { get; }

        /// <summary>The request body as it came; empty for a request refused before its body was read.</summary>
        public string Body { get; }

        /// <summary>The typed event; null when the request was refused.</summary>
        public WebhookEvent? Event { get; }

        /// <summary>
        /// Why the request was refused: an <see cref="InvalidWebhookException"/> (not one of the documented webhooks, or
        /// too large) or a <see cref="WebhookSecretMismatchException"/>; null when it was accepted.
        /// </summary>
        public Exception? Refusal { get; }
    }
}
