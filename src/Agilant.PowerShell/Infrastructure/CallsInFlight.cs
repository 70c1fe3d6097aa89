using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Client calls that run while the pipeline goes on, so that several are in flight at once. Only the pipeline
    /// thread may write, so their log lines wait in a queue: the pipeline thread writes them while it waits for a call
    /// (<see cref="Finish{T}"/>), and whenever it asks (<see cref="WriteLog"/>).
    /// </summary>
    internal sealed class CallsInFlight : IAgilantLog, IDisposable
    {
        private readonly ConcurrentQueue<(bool Debug, string Text)> lines = new ConcurrentQueue<(bool, string)>();
        private readonly AutoResetEvent lineQueued = new AutoResetEvent(false);
        private readonly Action<string> writeVerbose;
        private readonly Action<string> writeDebug;

        public CallsInFlight(Action<string> writeVerbose, Action<string> writeDebug, bool debugEnabled)
        {
            this.writeVerbose = writeVerbose;
            this.writeDebug = writeDebug;
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        /// <summary>Starts the call on the thread pool, so that even its first steps (serializing, signing) leave the pipeline thread free.</summary>
        public Task<T> Start<T>(Func<Task<T>> call)
        {
            using (AgilantLog.Use(this))
            {
                return Task.Run(call);
            }
        }

        /// <summary>Waits on the pipeline thread for a call from <see cref="Start{T}"/>, writing the log of every call meanwhile.</summary>
        public T Finish<T>(Task<T> started)
        {
            var waitFor = new[] { ((IAsyncResult)started).AsyncWaitHandle, lineQueued };
            while (!started.IsCompleted)
            {
                WaitHandle.WaitAny(waitFor);
                WriteLog();
            }

            WriteLog();
            return started.GetAwaiter().GetResult();
        }

        /// <summary>Writes the log lines queued so far; on the pipeline thread only.</summary>
        public void WriteLog()
        {
            while (lines.TryDequeue(out (bool Debug, string Text) line))
            {
                (line.Debug ? writeDebug : writeVerbose)(line.Text);
            }
        }

        public void WriteVerbose(string message) => Queue(false, message);

        public void WriteDebug(string message) => Queue(true, message);

        public void Dispose() => lineQueued.Dispose();

        private void Queue(bool debug, string text)
        {
            lines.Enqueue((debug, text));
            try
            {
                lineQueued.Set();
            }
            catch (ObjectDisposedException)
            {
                // The command has ended: a call abandoned by it logs to no one.
            }
        }
    }
}
