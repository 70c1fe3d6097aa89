using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>An item of an order; it carries its order's number so that it pipes onward on its own.</summary>
    public sealed class OrderItem
    {
        [JsonIgnore]
        public string OrderNumber { get; set; } = string.Empty;

        public int LineNumber { get; set; }

        public string? SkuNumber { get; set; }

        public string? PartNumber { get; set; }

        public string? UpcCode { get; set; }

        public ItemStatus? Status { get; set; }

        public int? Quantity { get; set; }

        public bool? Paid { get; set; }

        public bool? Returned { get; set; }

        public bool? Returnable { get; set; }

        public bool? Voidable { get; set; }

        public bool? Discountable { get; set; }

        public bool? Taxable { get; set; }

        public bool? IsSubscription { get; set; }

        public DateTimeOffset? CreatedOn { get; set; }

        public DateTimeOffset? PaidOn { get; set; }

        public string? Title { get; set; }

        public string? ShortDescription { get; set; }

        public string? LongDescription { get; set; }

        public string? TermsAndConditions { get; set; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} #{1}", SkuNumber, LineNumber);
    }
}
