using System;

namespace Agilant
{
    /// <summary>A request to the webhook listener that did not carry the shared secret in the header the listener checks.</summary>
    public sealed class WebhookSecretMismatchException : Exception
    {
        public WebhookSecretMismatchException(string message)
            : base(message)
        {
        }
    }
}
