using System;

namespace Agilant.Emulator;

/// <summary>An item on an order; its line number tells it apart from another item of the same SKU.</summary>
public sealed record OrderItem
{
    /// <summary>Positive, and unique on its order.</summary>
    public required int LineNumber { get; init; }

    public required string SkuNumber { get; init; }

    public string? PartNumber { get; init; }

    public string? UpcCode { get; init; }

    public string Status { get; init; } = ItemStatuses.Created;

    public int Quantity { get; init; } = 1;

    public bool Paid { get; init; }

    public bool Returned { get; init; }

    public bool Returnable { get; init; } = true;

    public bool Voidable { get; init; } = true;

    public bool Discountable { get; init; } = true;

    public bool Taxable { get; init; } = true;

    public bool IsSubscription { get; init; }

    public required DateTimeOffset CreatedOn { get; init; }

    public DateTimeOffset? PaidOn { get; init; }

    public string? Title { get; init; }

    public string? ShortDescription { get; init; }

    public string? LongDescription { get; init; }

    public string? TermsAndConditions { get; init; }
}
