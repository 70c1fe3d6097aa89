using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Agilant.Client.Recent
{
    /// <summary>
    /// The records of one kind seen most recently, newest first, each key once and at most <see cref="Capacity"/> of
    /// them: seeing a key again moves it to the front, and a new key beyond the capacity pushes out the oldest. Every
    /// Get- read in flight and every runspace sharing the session may record at once, so each change holds a lock, for
    /// a dictionary look-up and a move in a list linked through an array: a bulk import records every row it writes,
    /// and once the array has grown to the capacity a record costs no allocation, where a linked list's node and entry
    /// per record lived long enough to burden the garbage collector. Keys are objects of this class's own, reused
    /// as slots are, so that the dictionary is one whose code .NET ships compiled (a tuple key's dictionary ran
    /// unoptimized in pwsh, see <see cref="HotPath"/>).
    /// </summary>
    public sealed class RecentKeys
    {
        private const int None = -1;

        private readonly object gate = new object();
        private readonly Dictionary<SlotKey, int> slotOfKey = new Dictionary<SlotKey, int>();
        private readonly SlotKey sought = new SlotKey();

        private Slot[] slots;
        private int used;
        private int newest = None;
        private int oldest = None;

        public RecentKeys(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one record must be kept.");
            }

            Capacity = capacity;
            slots = new Slot[Math.Min(capacity, 16)];
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
                var copy = new SeenRecord[used];
                int index = 0;
                for (int slot = newest; slot != None; slot = slots[slot].Older)
                {
                    SlotKey id = slots[slot].Id;
                    copy[index++] = new SeenRecord(id.Key, id.Owner, id.LineNumber, slots[slot].Record);
                }

                return copy;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Add(string key, object record, string? owner, int lineNumber, bool replace)
        {
            lock (gate)
            {
                if (slotOfKey.TryGetValue(sought.Set(owner, key, lineNumber), out int known))
                {
                    if (replace)
                    {
                        slots[known].Record = record;
                    }

                    if (known != newest)
                    {
                        Unlink(known);
                        LinkNewest(known);
                    }

                    return;
                }

                int slot = FreeSlot(out SlotKey? forgotten);
                SlotKey id = (forgotten ?? new SlotKey()).Set(owner, key, lineNumber);
                slots[slot] = new Slot { Id = id, Record = record };
                LinkNewest(slot);
                slotOfKey.Add(id, slot);
            }
        }

        /// <summary>A slot not yet used, or, at the capacity, the oldest one, its key forgotten (and free to reuse).</summary>
        private int FreeSlot(out SlotKey? forgotten)
        {
            forgotten = null;
            if (used < Capacity)
            {
                if (used == slots.Length)
                {
                    Array.Resize(ref slots, Math.Min(Capacity, slots.Length * 2));
                }

                return used++;
            }

            int slot = oldest;
            forgotten = slots[slot].Id;
            slotOfKey.Remove(forgotten);
            Unlink(slot);
            return slot;
        }

        private void Unlink(int slot)
        {
            int newer = slots[slot].Newer;
            int older = slots[slot].Older;
            if (newer == None)
            {
                newest = older;
            }
            else
            {
                slots[newer].Older = older;
            }

            if (older == None)
            {
                oldest = newer;
            }
            else
            {
                slots[older].Newer = newer;
            }
        }

        private void LinkNewest(int slot)
        {
            slots[slot].Newer = None;
            slots[slot].Older = newest;
            if (newest == None)
            {
                oldest = slot;
            }
            else
            {
                slots[newest].Newer = slot;
            }

            newest = slot;
        }

        private struct Slot
        {
            public SlotKey Id;
            public object Record;
            public int Newer;
            public int Older;
        }

        /// <summary>A key as the dictionary holds it; changed only while out of the dictionary (or as the one sought).</summary>
        private sealed class SlotKey : IEquatable<SlotKey>
        {
            public string? Owner { get; private set; }

            public string Key { get; private set; } = string.Empty;

            public int LineNumber { get; private set; }

            public SlotKey Set(string? owner, string key, int lineNumber)
            {
                Owner = owner;
                Key = key;
                LineNumber = lineNumber;
                return this;
            }

            [MethodImpl(HotPath.Optimized)]
            public bool Equals(SlotKey? other) =>
                other is not null && LineNumber == other.LineNumber && string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(Owner, other.Owner, StringComparison.Ordinal);

            public override bool Equals(object? obj) => Equals(obj as SlotKey);

            [MethodImpl(HotPath.Optimized)]
            public override int GetHashCode() =>
                unchecked((((Key.GetHashCode() * 31) + (Owner?.GetHashCode() ?? 0)) * 31) + LineNumber);
        }
    }
}
