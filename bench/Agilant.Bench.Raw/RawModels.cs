using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agilant.Bench.Raw;

/// <summary>What every answer of the APIs carries.</summary>
public class RawEnvelope
{
    public bool Success { get; set; }

    public string? Error { get; set; }
}

public sealed class RawTicketAnswer : RawEnvelope
{
    public RawTicket? Ticket { get; set; }
}

/// <summary>A ticket with every field the Ticketing API sends, statuses kept as text.</summary>
public sealed class RawTicket
{
    public int TicketNumber { get; set; }

    public string? Priority { get; set; }

    public string? Status { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? EmailAddress { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Subject { get; set; }

    public string? Message { get; set; }

    public RawTicketReply[] Replies { get; set; } = [];
}

public sealed class RawTicketReply
{
    public DateTimeOffset? RepliedOn { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? EmailAddress { get; set; }

    public string? Message { get; set; }
}

internal sealed record RawAccountBatch([property: JsonPropertyName("account")] IReadOnlyList<RawNewAccount> Accounts);

/// <summary>One account of a POST /account body, with its one service numbered 1 as the module numbers it.</summary>
internal sealed record RawNewAccount(
    string Id,
    string FirstName,
    string LastName,
    string EmailAddress,
    string? PhoneNumber,
    [property: JsonPropertyName("service")] IReadOnlyList<RawNewService> Services)
{
    public static RawNewAccount From(AccountRow row) =>
        new(row.Id, row.FirstName, row.LastName, row.Email, row.Phone, [new RawNewService(row.SkuNumber, row.PurchaseDate, 1)]);
}

internal sealed record RawNewService(string SkuNumber, string PurchaseDate, int LineNumber);
