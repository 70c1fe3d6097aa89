using System;
using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>
/// An account as the emulator holds it. Statuses are the wire strings, not enums, so that a test can seed a value
/// the documents do not list and check that the client copes with it.
/// </summary>
public sealed record Account
{
    /// <summary>The caller's own reference: the API takes any non-empty string, '/', '?', '#' and spaces included.</summary>
    public required string Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string EmailAddress { get; init; }

    public string? PhoneNumber { get; init; }

    public string? BusinessName { get; init; }

    public required DateOnly CreateDate { get; init; }

    public string Status { get; init; } = AccountStatuses.Active;

    /// <summary>In the order they were added, which is the order the API lists them.</summary>
    public IReadOnlyList<Service> Services { get; init; } = [];
}
