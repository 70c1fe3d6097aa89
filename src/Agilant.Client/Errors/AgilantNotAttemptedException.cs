namespace Agilant
{
    /// <summary>
    /// The call was not sent, because an earlier call of the same run (the same cmdlet's pipeline) could not connect to
    /// the server even after its retries: sending it would only have waited out the same retries again.
    /// </summary>
    public sealed class AgilantNotAttemptedException : AgilantException
    {
        public AgilantNotAttemptedException(string method, string route, AgilantConnectionException unreachable)
            : base(
                $"{method} {route} was not attempted: the server could not be reached just before ({unreachable.Message.TrimEnd('.')}).",
                method,
                route,
                unreachable,
                attempts: 0)
        {
            Unreachable = unreachable;
        }

        /// <summary>The failure that showed the server could not be reached.</summary>
        public AgilantConnectionException Unreachable { get; }
    }
}
