namespace Agilant.Client.Recent
{
    /// <summary>A record seen in a session, under the key that names it.</summary>
    public sealed class SeenRecord
    {
        public SeenRecord(string key, string? owner, int lineNumber, object record)
        {
            Key = key;
            Owner = owner;
            LineNumber = lineNumber;
            Record = record;
        }

        /// <summary>What names the record: a ticket number, an account id, an order number, a SKU.</summary>
        public string Key { get; }

        /// <summary>The account or order a service or an order item belongs to; null for the others.</summary>
        public string? Owner { get; }

        /// <summary>The line number of a service or an order item; 0 for the others.</summary>
        public int LineNumber { get; }

        /// <summary>The record as last seen, or, for a key only seen through a child record, that child.</summary>
        public object Record { get; }
    }
}
