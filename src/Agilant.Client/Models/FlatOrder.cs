using System.Globalization;

namespace Agilant
{
    /// <summary>The TOGa Order API's GET /order answer: the order's fields at the top level, its number an integer.</summary>
    internal sealed class FlatOrder
    {
        public long OrderNumber { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? EmailAddress { get; set; }

        public string? AssociateId { get; set; }

        public string? StoreNumber { get; set; }

        public OrderType? Type { get; set; }

        public Order ToOrder() => new Order
        {
            Number = OrderNumber.ToString(CultureInfo.InvariantCulture),
            FirstName = FirstName,
            LastName = LastName,
            EmailAddress = EmailAddress,
            AssociateId = AssociateId,
            StoreNumber = StoreNumber,
            Type = Type,
        };
    }
}
