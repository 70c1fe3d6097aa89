using System;

namespace Agilant.Emulator;

public sealed record TicketReply
{
    public required DateTimeOffset RepliedOn { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public required string EmailAddress { get; init; }

    public required string Message { get; init; }
}
