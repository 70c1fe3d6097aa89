using System;

namespace Agilant.Emulator;

/// <summary>A service on an account; its line number tells it apart from another service of the same SKU.</summary>
public sealed record Service
{
    /// <summary>0 when seeding means "the lowest number no other service of the account has".</summary>
    public int LineNumber { get; init; }

    public required string SkuNumber { get; init; }

    public string Status { get; init; } = ServiceStatuses.Active;

    public required DateOnly PurchaseDate { get; init; }

    /// <summary>Null: the service will not be cancelled.</summary>
    public DateOnly? CancellationDate { get; init; }

    /// <summary>Null: the service will not be renewed, and expires on <see cref="ExpirationDate"/>.</summary>
    public DateOnly? RenewalDate { get; init; }

    public DateOnly? ExpirationDate { get; init; }

    public string? StoreNumber { get; init; }

    public string? AssociateId { get; init; }

    public string? TransactionId { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? Comment { get; init; }
}
