using System;
using System.Globalization;

namespace Agilant.Emulator.Tests.Support;

/// <summary>The samples printed in togadesk-ticketing-api-v2.1.2.txt, copied verbatim.</summary>
internal static class Samples
{
    public const string PublicKey = "1111AAAA-22BB-33CC-44DD-555555EEEEEE";
    public const string SecretKey = "EEEE5555-DD44-CC33-BB22-AAAAAA111111";
    public const string Timestamp = "2019-01-02T17:34:52-05:00";
    public const string Authorization = "1111AAAA-22BB-33CC-44DD-555555EEEEEE.Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=";

    public const string CreateTicketRequest = """
        {
            "priority" : "NORMAL",
            "firstName" : "John",
            "lastName" : "Smith",
            "emailAddress" : "johnsmith@testco.com",
            "phoneNumber" : "(123) 456-7890",
            "subject" : "My computer won't boot up",
            "message" : "I cannot get the computer to boot into Windows"
        }
        """;

    /// <summary>The same for creating, replying and updating.</summary>
    public const string TicketNumberResponse = """
        {
            "success" : true,
            "error" : "",
            "ticketNumber" : 12345678
        }
        """;

    public const string ReplyRequest = """
        {
            "repliedOn" : "2020-02-03T07:34:16-06:00",
            "emailAddress" : "janedoe@testco.com",
            "firstName" : "Jane",
            "lastName" : "Doe",
            "message" : "Have you tried powering the system off then on?"
        }
        """;

    public const string UpdateRequest = """
        {
            "priority" : "NORMAL",
            "status" : "IN_PROGRESS",
            "firstName" : "Jane",
            "lastName" : "Doe",
            "emailAddress" : "janedoe@testco.com",
            "phoneNumber" : "(123) 456-7890",
            "subject" : "My computer won't boot up",
            "message" : "I cannot get the computer to boot into Windows"
        }
        """;

    public const string GetTicketResponse = """
        {
            "success" : true,
            "error" : "",
            "ticket" : {
                "ticketNumber" : 12345678,
                "priority" : "NORMAL",
                "status" : "IN_PROGRESS",
                "firstName" : "John",
                "lastName" : "Smith",
                "emailAddress" : "johnsmith@testco.com",
                "phoneNumber" : "(123) 456-7890",
                "subject" : "My computer won't boot up",
                "message" : "I cannot get the computer to boot into Windows",
                "replies" : [
                    {
                        "repliedOn" : "2020-02-03T07:34:16-06:00",
                        "firstName" : "Jane",
                        "lastName" : "Doe",
                        "emailAddress" : "janedoe@testco.com",
                        "message" : "Have you tried powering the system off then on?"
                    },
                    {
                        "repliedOn" : "2020-02-03T08:19:27-06:00",
                        "firstName" : "John",
                        "lastName" : "Smith",
                        "emailAddress" : "johnsmith@testco.com",
                        "message" : "Yes, I have."
                    }
                ]
            }
        }
        """;

    /// <summary>The ticket of the "Retrieve a Ticket" sample, without a number (the store assigns one).</summary>
    public static Ticket Ticket { get; } = new()
    {
        Priority = "NORMAL",
        Status = "IN_PROGRESS",
        FirstName = "John",
        LastName = "Smith",
        EmailAddress = "johnsmith@testco.com",
        PhoneNumber = "(123) 456-7890",
        Subject = "My computer won't boot up",
        Message = "I cannot get the computer to boot into Windows",
        Replies =
        [
            new TicketReply
            {
                RepliedOn = At("2020-02-03T07:34:16-06:00"),
                FirstName = "Jane",
                LastName = "Doe",
                EmailAddress = "janedoe@testco.com",
                Message = "Have you tried powering the system off then on?",
            },
            new TicketReply
            {
                RepliedOn = At("2020-02-03T08:19:27-06:00"),
                FirstName = "John",
                LastName = "Smith",
                EmailAddress = "johnsmith@testco.com",
                Message = "Yes, I have.",
            },
        ],
    };

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
