using System;
using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>
/// An order as the emulator holds it: one record that both order APIs serve, the Account Management API whole and
/// the TOGa Order API as its flat record. Type and statuses are the wire strings, not enums, so that a test can seed
/// a value the documents do not list and check that the client copes with it.
/// </summary>
public sealed record Order
{
    /// <summary>An integer's digits: the Account Management API sends it as a string, the TOGa Order API as an integer.</summary>
    public required string Number { get; init; }

    /// <summary>
    /// The Account Management API finds an order by its number or by this; the documents' Order object does not show
    /// it, so it is never sent.
    /// </summary>
    public string? TransactionId { get; init; }

    public string Type { get; init; } = OrderTypes.New;

    public string Status { get; init; } = OrderStatuses.QuoteCreated;

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string? EmailAddress { get; init; }

    public string? PhoneNumber { get; init; }

    public string? BusinessName { get; init; }

    public required DateTimeOffset CreatedOn { get; init; }

    public required DateTimeOffset UpdatedOn { get; init; }

    /// <summary>Whether every item is paid: kept as seeded, and worked out again whenever the API changes the items.</summary>
    public bool Paid { get; init; }

    public string? VendorId { get; init; }

    public string? LoyaltyId { get; init; }

    public string? StoreNumber { get; init; }

    public string? AssociateId { get; init; }

    public Address? BillTo { get; init; }

    public Address? ShipTo { get; init; }

    /// <summary>In the order they were seeded, which is the order the API lists them.</summary>
    public IReadOnlyList<OrderItem> Items { get; init; } = [];
}
