using System;

namespace Agilant
{
    /// <summary>A webhook request that is not one of the six documented ones.</summary>
    public sealed class InvalidWebhookException : FormatException
    {
        public InvalidWebhookException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
