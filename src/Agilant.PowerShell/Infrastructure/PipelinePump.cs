using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Agilant.Client;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Runs a client call while keeping the pipeline thread busy with the call's log: PowerShell lets only that
    /// thread write, and the call's continuations run on others. Log lines arrive as they happen, not at the end.
    /// </summary>
    internal sealed class PipelinePump
    {
        private readonly Action<string> writeVerbose;
        private readonly Action<string> writeDebug;
        private readonly bool debugEnabled;

        public PipelinePump(Action<string> writeVerbose, Action<string> writeDebug, bool debugEnabled)
        {
            this.writeVerbose = writeVerbose;
            this.writeDebug = writeDebug;
            this.debugEnabled = debugEnabled;
        }

        public T Run<T>(Func<Task<T>> work)
        {
            using (var pending = new BlockingCollection<Action>())
            {
                var log = new QueuedLog(pending, writeVerbose, writeDebug, debugEnabled);
                Task<T> call;
                using (AgilantLog.Use(log))
                {
                    call = work();
                }

                call.ContinueWith(_ => pending.CompleteAdding(), TaskScheduler.Default);
                foreach (Action write in pending.GetConsumingEnumerable())
                {
                    write();
                }

                return call.GetAwaiter().GetResult();
            }
        }

        private sealed class QueuedLog : IAgilantLog
        {
            private readonly BlockingCollection<Action> pending;
            private readonly Action<string> writeVerbose;
            private readonly Action<string> writeDebug;

            public QueuedLog(BlockingCollection<Action> pending, Action<string> writeVerbose, Action<string> writeDebug, bool debugEnabled)
            {
                this.pending = pending;
                this.writeVerbose = writeVerbose;
                this.writeDebug = writeDebug;
                IsDebugEnabled = debugEnabled;
            }

            public bool IsDebugEnabled { get; }

            public void WriteVerbose(string message) => Enqueue(() => writeVerbose(message));

            public void WriteDebug(string message) => Enqueue(() => writeDebug(message));

            private void Enqueue(Action write)
            {
                try
                {
                    pending.TryAdd(write);
                }
                catch (InvalidOperationException)
                {
                    // The call has already ended (the queue is closed or gone): a late line has no one left to read it.
                }
            }
        }
    }
}
