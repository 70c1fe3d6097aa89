namespace Agilant.Emulator;

/// <summary>An order's billing or shipping address; every field may be unset.</summary>
public sealed record Address
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? BusinessName { get; init; }

    public string? Address1 { get; init; }

    public string? Address2 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? ZipCode { get; init; }
}
