namespace Agilant.Client.Tests.Support;

/// <summary>Answers as the API documents print them.</summary>
internal static class Samples
{
    public const string TicketAnswer = """
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

    public const string AccountAnswer = """
        {
            "success" : true,
            "error" : null,
            "account" : {
                "id" : "23526813",
                "firstName" : "Jane",
                "lastName" : "Doe",
                "emailAddress" : "jdoe@abccompany.com",
                "phoneNumber" : "534-555-3467",
                "businessName" : "ABC Company",
                "createDate" : "2019-08-06",
                "status" : "ACTIVE",
                "service" : [
                    {
                        "lineNumber" : 1,
                        "skuNumber" : "PREM-SECURITY",
                        "status" : "ACTIVE",
                        "purchaseDate" : "2020-01-01",
                        "cancellationDate" : "2021-07-01",
                        "renewalDate" : "2021-01-01",
                        "expirationDate" : "2020-12-31",
                        "storeNumber" : "12345",
                        "associateId" : "98765",
                        "transactionId" : "2345789245789187635",
                        "invoiceNumber" : "873452484",
                        "comment" : "Please call upon arrival"
                    },
                    {
                        "lineNumber" : 2,
                        "skuNumber" : "IHIO-SMARTTV",
                        "status" : "INACTIVE",
                        "purchaseDate" : "2020-01-01",
                        "cancellationDate" : null,
                        "renewalDate" : null,
                        "expirationDate" : null,
                        "storeNumber" : "12345",
                        "associateId" : "98765",
                        "transactionId" : "1234524456246246",
                        "invoiceNumber" : "3456745472",
                        "comment" : "Please call upon arrival"
                    }
                ]
            }
        }
        """;
}
