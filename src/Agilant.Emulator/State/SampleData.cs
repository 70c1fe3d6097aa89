using System;
using System.Collections.Generic;
using System.Globalization;

namespace Agilant.Emulator;

/// <summary>Something for a person exploring the emulator to Get: the documents' sample ticket and one more, and their sample account.</summary>
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

    /// <summary>The account of account-management-api-v2.4.1.txt's samples, 23526813, with its two services.</summary>
    public static Account SeedAccount(EmulatorState state) => state.Accounts.Add(new Account
    {
        Id = "23526813",
        FirstName = "Jane",
        LastName = "Doe",
        EmailAddress = "jdoe@abccompany.com",
        PhoneNumber = "534-555-3467",
        BusinessName = "ABC Company",
        CreateDate = new DateOnly(2019, 8, 6),
        Status = AccountStatuses.Active,
        Services =
        [
            new Service
            {
                LineNumber = 1,
                SkuNumber = "PREM-SECURITY",
                Status = ServiceStatuses.Active,
                PurchaseDate = new DateOnly(2020, 1, 1),
                CancellationDate = new DateOnly(2021, 7, 1),
                RenewalDate = new DateOnly(2021, 1, 1),
                ExpirationDate = new DateOnly(2020, 12, 31),
                StoreNumber = "12345",
                AssociateId = "98765",
                TransactionId = "2345789245789187635",
                InvoiceNumber = "873452484",
                Comment = "Please call upon arrival",
            },
            new Service
            {
                LineNumber = 2,
                SkuNumber = "IHIO-SMARTTV",
                Status = ServiceStatuses.Inactive,
                PurchaseDate = new DateOnly(2020, 1, 1),
                StoreNumber = "12345",
                AssociateId = "98765",
                TransactionId = "1234524456246246",
                InvoiceNumber = "3456745472",
                Comment = "Please call upon arrival",
            },
        ],
    });

    private static TicketReply Reply(string repliedOn, string firstName, string lastName, string emailAddress, string message) => new()
    {
        RepliedOn = DateTimeOffset.Parse(repliedOn, CultureInfo.InvariantCulture),
        FirstName = firstName,
        LastName = lastName,
        EmailAddress = emailAddress,
        Message = message,
    };
}
