using System;
using System.Threading;

namespace Agilant.Client
{
    /// <summary>
    /// The calls of one run of work, such as every record of one cmdlet's pipeline. Once a call of the run finds that no
    /// connection can be made to the server, even after its retries, the run's later calls fail at once with
    /// <see cref="AgilantNotAttemptedException"/> instead of each waiting out the same retries: a dead server costs
    /// one call's retries, not every record's. It is ambient, as <see cref="AgilantLog"/> is, so that every call made in
    /// the run's async flow shares it, and other pipelines using the same session are not affected.
    /// </summary>
    public sealed class AgilantCallScope
    {
        private static readonly AsyncLocal<AgilantCallScope?> CurrentScope = new AsyncLocal<AgilantCallScope?>();

        private AgilantConnectionException? unreachable;

        internal static AgilantCallScope? Current => CurrentScope.Value;

        /// <summary>The failure that showed the server could not be reached, or null while none has.</summary>
        public AgilantConnectionException? Unreachable => Volatile.Read(ref unreachable);

        /// <summary>Makes this the scope of the calls made in the current async flow until the result is disposed.</summary>
        public IDisposable Use()
        {
            AgilantCallScope? previous = CurrentScope.Value;
            CurrentScope.Value = this;
            return new Restore(previous);
        }

        /// <summary>Remembers the first call that could not connect; later ones say the same and add nothing.</summary>
        internal void Note(AgilantConnectionException failure)
        {
            if (failure.CouldNotConnect)
            {
                Interlocked.CompareExchange(ref unreachable, failure, null);
            }
        }

        private sealed class Restore : IDisposable
        {
            private readonly AgilantCallScope? previous;

            public Restore(AgilantCallScope? previous) => this.previous = previous;

            public void Dispose() => CurrentScope.Value = previous;
        }
    }
}
