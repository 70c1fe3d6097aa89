using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Agilant
{
    /// <summary>
    /// The records a record holds (an account's services, an order's items, a ticket's replies). It reads as its
    /// records' own text, so that Export-Csv, which writes each property's ToString(), writes "PREM-SECURITY #1;
    /// IHIO-SMARTTV #2" in the Services cell instead of the type name an array would give.
    /// </summary>
    /// <typeparam name="T">The kind of record held.</typeparam>
    public sealed class RecordList<T> : Collection<T>
    {
        public RecordList()
        {
        }

        public RecordList(IEnumerable<T> records)
            : base(records.ToList())
        {
        }

        public static implicit operator RecordList<T>(T[] records) => new RecordList<T>(records);

        public override string ToString() => string.Join("; ", this.Select(record => record?.ToString()));
    }
}
