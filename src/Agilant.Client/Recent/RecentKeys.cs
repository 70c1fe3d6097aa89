using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Agilant.Client.Recent
{
    /// <summary>
    /// The records of one kind seen most recently, newest first, each key once and at most <see cref="Capacity"/> of
    /// them: seeing a key again moves it to the front, and a new key beyond the capacity pushes out the oldest. Every
    /// Get- read in flight and every runspace sharing the session may record at once, so each change holds a lock, for
    /// a dictionary look-up and a move in a linked list: nothing that shows beside the call that read the record.
    /// </summary>
    public sealed class RecentKeys
    {
        private readonly object gate = new object();
        private readonly LinkedList<SeenRecord> newestFirst = new LinkedList<SeenRecord>();
        private readonly Dictionary<(string? Owner, string Key, int LineNumber), LinkedListNode<SeenRecord>> byKey =
            new Dictionary<(string? Owner, string Key, int LineNumber), LinkedListNode<SeenRecord>>();

        public RecentKeys(int capacity)
        {
            Capacity = capacity;
        }

        public int Capacity { get; }

        /// <summary>Records a record under its key, as the newest, replacing what was held for the key.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Saw(string key, object record, string? owner = null, int lineNumber = 0) =>
            Add(key, record, owner, lineNumber, replace: true);

        /// <summary>
        /// Records a key seen through a child record (an account through one of its services): the newest, but the
        /// record held for the key, if any, is kept, since it describes the key better than the child does.
        /// </summary>
        public void SawThrough(string key, object child) => Add(key, child, null, 0, replace: false);

        /// <summary>A copy of what is held, newest first.</summary>
        public IReadOnlyList<SeenRecord> Newest()
        {
            lock (gate)
            {
                var copy = new SeenRecord[newestFirst.Count];
                newestFirst.CopyTo(copy, 0);
                return copy;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Add(string key, object record, string? owner, int lineNumber, bool replace)
        {
            lock (gate)
            {
                if (byKey.TryGetValue((owner, key, lineNumber), out LinkedListNode<SeenRecord> known))
                {
                    if (replace)
                    {
                        known.Value.Record = record;
                    }

                    newestFirst.Remove(known);
                    newestFirst.AddFirst(known);
                    return;
                }

                byKey.Add((owner, key, lineNumber), newestFirst.AddFirst(new SeenRecord(key, owner, lineNumber, record)));
                if (newestFirst.Count > Capacity)
                {
                    SeenRecord oldest = newestFirst.Last.Value;
                    byKey.Remove((oldest.Owner, oldest.Key, oldest.LineNumber));
                    newestFirst.RemoveLast();
                }
            }
        }
    }
}
