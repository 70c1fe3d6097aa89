using System;
using System.Text.Json;

namespace Agilant.Emulator.Tests.Support;

/// <summary>
/// The samples printed in account-management-api-v2.4.1.txt, copied verbatim; the "Retrieve an Account" response is
/// Samples.AccountAnswer, shared with the client's tests.
/// </summary>
internal static class AccountSamples
{
    /// <summary>The "Create an Account" request: the same account and services.</summary>
    public const string CreateAccountRequest = """
        {
            "account" : [
                {
                    "id" : "23526813",
                    "firstName" : "Jane",
                    "lastName" : "Doe",
                    "emailAddress" : "jdoe@abccompany.com",
                    "phoneNumber" : "534-555-3467",
                    "businessName" : "ABC Company",
                    "service" : [
                        {
                            "lineNumber" : 1,
                            "skuNumber" : "PREM-SECURITY",
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
            ]
        }
        """;

    /// <summary>The response of every create, modify and delete: the bare envelope.</summary>
    public const string BareResponse = """
        {
            "success" : true,
            "error" : null
        }
        """;

    /// <summary>The "Modify an Account" request.</summary>
    public const string UpdateAccountRequest = """
        {
            "account" : {
                "id" : "23526813",
                "firstName" : "Jane",
                "lastName" : "Doe",
                "emailAddress" : "jdoe@abccompany.com",
                "phoneNumber" : "534-555-3467",
                "businessName" : "ABC Company"
            }
        }
        """;

    /// <summary>The "Retrieve Agent Link" response.</summary>
    public const string AgentLinkResponse = """
        {
            "success" : true,
            "error" : null,
            "link" : "https://test.agentlink.com/ABCDEFG12345"
        }
        """;

    /// <summary>The "Create a Service" request.</summary>
    public const string CreateServiceRequest = """
        {
            "service" : {
                "lineNumber" : 1,
                "skuNumber" : "PREM-SECURITY",
                "purchaseDate" : "2020-01-01",
                "cancellationDate" : "2021-07-01",
                "renewalDate" : "2021-01-01",
                "expirationDate" : "2020-12-31",
                "storeNumber" : "12345",
                "associateId" : "98765",
                "transactionId" : "2345789245789187635",
                "invoiceNumber" : "873452484",
                "comment" : "Please call upon arrival"
            }
        }
        """;

    /// <summary>The "Modify a Service" request.</summary>
    public const string UpdateServiceRequest = """
        {
            "service" : {
                "lineNumber" : 1,
                "purchaseDate" : "2020-01-01",
                "cancellationDate" : "2021-07-01",
                "renewalDate" : "2021-01-01",
                "expirationDate" : "2020-12-31",
                "storeNumber" : "12345",
                "associateId" : "98765",
                "transactionId" : "2345789245789187635",
                "invoiceNumber" : "873452484",
                "comment" : "Please call upon arrival"
            }
        }
        """;

    /// <summary>The "Delete a Service" request.</summary>
    public const string DeleteServiceRequest = """
        {
            "lineNumber" : 1
        }
        """;

    /// <summary>The account of the "Retrieve an Account" sample.</summary>
    public static Account Account { get; } = new()
    {
        Id = "23526813",
        FirstName = "Jane",
        LastName = "Doe",
        EmailAddress = "jdoe@abccompany.com",
        PhoneNumber = "534-555-3467",
        BusinessName = "ABC Company",
        CreateDate = new DateOnly(2019, 8, 6),
        Status = "ACTIVE",
        Services =
        [
            new Service
            {
                LineNumber = 1,
                SkuNumber = "PREM-SECURITY",
                Status = "ACTIVE",
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
                Status = "INACTIVE",
                PurchaseDate = new DateOnly(2020, 1, 1),
                StoreNumber = "12345",
                AssociateId = "98765",
                TransactionId = "1234524456246246",
                InvoiceNumber = "3456745472",
                Comment = "Please call upon arrival",
            },
        ],
    };

    /// <summary>A new account with only the required fields, as one row of a batch.</summary>
    public static string Row(string id) => $$"""{"id":{{JsonSerializer.Serialize(id)}},"firstName":"F","lastName":"L","emailAddress":"a@b.co"}""";

    /// <summary>A {"account":[...]} body of these rows.</summary>
    public static string Batch(params string[] rows) => $$"""{"account":[{{string.Join(",", rows)}}]}""";
}
