using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Runs client calls for one cmdlet invocation and waits for them on the pipeline thread, the only one PowerShell
    /// lets write. When Verbose or Debug is wanted, the calls' log lines come back here and are written as they happen,
    /// from every call in flight; when neither is, the calls get no log at all, so no line is ever built, and waiting
    /// is a plain wait on the call.
    /// </summary>
    internal sealed class PipelinePump : IAgilantLog, IDisposable
    {
        private readonly Action<string> writeVerbose;
        private readonly Action<string> writeDebug;
        private readonly bool logging;
        private readonly ConcurrentQueue<LogLine>? lines;
        private readonly SemaphoreSlim? arrived;
        private readonly Action wake;

        public PipelinePump(Action<string> writeVerbose, Action<string> writeDebug, bool verboseWanted, bool debugWanted)
        {
            this.writeVerbose = writeVerbose;
            this.writeDebug = writeDebug;
            logging = verboseWanted || debugWanted;
            IsDebugEnabled = debugWanted;
            wake = Wake;
            if (logging)
            {
                lines = new ConcurrentQueue<LogLine>();
                arrived = new SemaphoreSlim(0);
            }
        }

        public bool IsDebugEnabled { get; }

        /// <summary>Starts a call; it runs on, and its log, if wanted, comes back to this pump.</summary>
        [MethodImpl(HotPath.Optimized)]
        public Task<T> Start<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        {
            if (!logging)
            {
                return work(cancellationToken);
            }

            using (AgilantLog.Use(this))
            {
                return work(cancellationToken);
            }
        }

        /// <summary>Waits for a call, writing meanwhile the log lines of every call in flight.</summary>
        [MethodImpl(HotPath.Optimized)]
        public T Wait<T>(Task<T> call)
        {
            if (logging)
            {
                if (!call.IsCompleted)
                {
                    call.GetAwaiter().UnsafeOnCompleted(wake);
                }

                while (!call.IsCompleted)
                {
                    arrived!.Wait();
                    WriteLines();
                }

                WriteLines();
            }

            return call.GetAwaiter().GetResult();
        }

        public void WriteVerbose(string message) => Add(new LogLine(message, debug: false));

        public void WriteDebug(string message) => Add(new LogLine(message, debug: true));

        public void Dispose() => arrived?.Dispose();

        private void Add(LogLine line)
        {
            lines!.Enqueue(line);
            Wake();
        }

        private void Wake()
        {
            try
            {
                arrived!.Release();
            }
            catch (ObjectDisposedException)
            {
                // A late line of a call abandoned when the command stopped: no one is left to write it.
            }
        }

        private void WriteLines()
        {
            while (lines!.TryDequeue(out LogLine line))
            {
                (line.Debug ? writeDebug : writeVerbose)(line.Text);
            }
        }

        private readonly struct LogLine
        {
            public LogLine(string text, bool debug)
            {
                Text = text;
                Debug = debug;
            }

            public string Text { get; }

            public bool Debug { get; }
        }
    }
}
