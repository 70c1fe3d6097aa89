using System.Linq;

namespace Agilant
{
    /// <summary>A billing or shipping address of an order.</summary>
    public sealed class Address
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? BusinessName { get; set; }

        public string? Address1 { get; set; }

        public string? Address2 { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? ZipCode { get; set; }

        public override string ToString() =>
            string.Join(", ", new[] { BusinessName, Address1, Address2, City, State, ZipCode }.Where(part => !string.IsNullOrWhiteSpace(part)));
    }
}
