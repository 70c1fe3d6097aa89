using System.Linq;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>An item in an order update: the line number that picks it and only the fields that were set.</summary>
    public sealed class OrderItemUpdate
    {
        public OrderItemUpdate(int lineNumber) => LineNumber = lineNumber;

        public int LineNumber { get; }

        public Optional<int?> Quantity { get; set; }

        public Optional<bool?> Paid { get; set; }

        public Optional<bool?> Returned { get; set; }

        [JsonIgnore]
        public bool IsEmpty => !new IOptional[] { Quantity, Paid, Returned }.Any(member => member.HasValue);
    }
}
