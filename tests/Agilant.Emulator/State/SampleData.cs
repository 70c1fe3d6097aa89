using System;
using System.Collections.Generic;
using System.Globalization;

namespace Agilant.Emulator;

/// <summary>Something for a person exploring the emulator to Get: the documents' sample ticket and one more.</summary>
internal static class SampleData
{
    public static IReadOnlyList<Ticket> SeedTickets(EmulatorState state) =>
    [
        state.Tickets.Add(new Ticket
        {
            Priority = TicketPriorities.Normal,
            Status = TicketStatuses.InProgress,
            FirstName = "John",
            LastName = "Smith",
            EmailAddress = "johnsmith@testco.com",
            PhoneNumber = "(123) 456-7890",
            Subject = "My computer won't boot up",
            Message = "I cannot get the computer to boot into Windows",
            Replies =
            [
                Reply("2020-02-03T07:34:16-06:00", "Jane", "Doe", "janedoe@testco.com", "Have you tried powering the system off then on?"),
                Reply("2020-02-03T08:19:27-06:00", "John", "Smith", "johnsmith@testco.com", "Yes, I have."),
            ],
        }),
        state.Tickets.Add(new Ticket
        {
            Priority = TicketPriorities.High,
            FirstName = "Mary",
            LastName = "Doe",
            EmailAddress = "marydoe@testco.com",
            Subject = "Printer offline",
            Message = "The office printer shows as offline since this morning",
        }),
    ];

    private static TicketReply Reply(string repliedOn, string firstName, string lastName, string emailAddress, string message) => new()
    {
        RepliedOn = DateTimeOffset.Parse(repliedOn, CultureInfo.InvariantCulture),
        FirstName = firstName,
        LastName = lastName,
        EmailAddress = emailAddress,
        Message = message,
    };
}
