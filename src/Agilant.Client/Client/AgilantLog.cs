using System;
using System.Threading;

namespace Agilant.Client
{
    /// <summary>
    /// The log of the calls made in the current async flow. It is ambient rather than a session property because one
    /// session may serve several pipelines at once, and each must hear only of its own calls.
    /// </summary>
    public static class AgilantLog
    {
        private static readonly AsyncLocal<IAgilantLog?> CurrentLog = new AsyncLocal<IAgilantLog?>();

        public static IAgilantLog? Current => CurrentLog.Value;

        public static IDisposable Use(IAgilantLog log)
        {
            IAgilantLog? previous = CurrentLog.Value;
            CurrentLog.Value = log;
            return new Restore(previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly IAgilantLog? previous;

            public Restore(IAgilantLog? previous) => this.previous = previous;

            public void Dispose() => CurrentLog.Value = previous;
        }
    }
}
