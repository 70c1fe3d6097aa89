using System;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>
    /// An order. Read from the Account Management API it is whole; read from the TOGa Order API (the flat record)
    /// it has only the number, names, e-mail address, associate, store and type, and the rest is empty.
    /// </summary>
    public sealed class Order : IJsonOnDeserialized
    {
        /// <summary>The order number: a string in the Account Management API, an integer in the Order API.</summary>
        public string Number { get; set; } = string.Empty;

        public OrderType? Type { get; set; }

        public OrderStatus? Status { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? EmailAddress { get; set; }

        public string? PhoneNumber { get; set; }

        public string? BusinessName { get; set; }

        public DateTimeOffset? CreatedOn { get; set; }

        public DateTimeOffset? UpdatedOn { get; set; }

        /// <summary>Whether every item has been paid for.</summary>
        public bool? Paid { get; set; }

        public string? VendorId { get; set; }

        public string? LoyaltyId { get; set; }

        public string? StoreNumber { get; set; }

        public string? AssociateId { get; set; }

        public Address? BillTo { get; set; }

        public Address? ShipTo { get; set; }

        [JsonPropertyName("item")]
        public RecordList<OrderItem> Items { get; set; } = new RecordList<OrderItem>();

        void IJsonOnDeserialized.OnDeserialized()
        {
            Items ??= new RecordList<OrderItem>();
            foreach (OrderItem item in Items)
            {
                item.OrderNumber = Number;
            }
        }

        public override string ToString() => Number;
    }
}
