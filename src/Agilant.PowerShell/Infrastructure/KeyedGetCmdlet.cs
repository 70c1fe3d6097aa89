using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A Get- cmdlet of records named by one key, that keeps up to -ThrottleLimit reads in flight: a record's read starts
    /// as it arrives, and once the limit is reached the oldest is finished first, so the output and the errors keep the
    /// input order and each error still names its record. The rest are finished at the end of the pipeline. The first
    /// read goes alone: what would fail every record (refused keys, a proxy that wants credentials, a server that
    /// cannot be reached) is found out by one request, as without a limit, before any other is sent.
    /// </summary>
    public abstract class KeyedGetCmdlet<TKey> : PipedKeyCmdlet<TKey>
    {
        private readonly Queue<Action> inFlight = new Queue<Action>();
        private bool firstFinished;

        /// <summary>How many reads may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 4;

        protected override void EndProcessing()
        {
            while (inFlight.Count > 0)
            {
                inFlight.Dequeue()();
            }
        }

        /// <summary>Starts reading one record; <paramref name="write"/> writes what was read, in input order.</summary>
        [MethodImpl(HotPath.Optimized)]
        protected void ReadInOrder<T>(Func<CancellationToken, Task<T>> read, Action<T> write, object target, string subject)
        {
            int limit = firstFinished ? ThrottleLimit : 1;
            while (inFlight.Count >= limit)
            {
                inFlight.Dequeue()();
            }

            Task<T> reading = Start(read);
            inFlight.Enqueue(() =>
            {
                T record;
                try
                {
                    record = Finish(reading);
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, target, subject);
                    firstFinished = true;
                    return;
                }

                firstFinished = true;
                write(record);
            });
        }
    }
}
