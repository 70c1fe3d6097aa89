namespace Agilant.Client.Tests.Support;

/// <summary>The six webhook requests exactly as the API documents print them.</summary>
internal static class WebhookSamples
{
    public const string TicketStatusChange = """
        {
            "webhook" : "TICKET_STATUS_CHANGE",
            "ticketNumber" : 12345678,
            "status" : "CLOSED"
        }
        """;

    public const string TicketReply = """
        {
            "webhook" : "TICKET_REPLY",
            "ticketNumber" : 12345678,
            "reply" : {
                "repliedOn" : "2020-02-03T07:34:16-06:00",
                "firstName" : "Jane",
                "lastName" : "Doe",
                "emailAddress" : "janedoe@testco.com",
                "message" : "Have you tried restarting your machine?"
            }
        }
        """;

    public const string AccountStatusChange = """
        {
            "webhook" : "ACCOUNT_STATUS_CHANGE",
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

    public const string ServiceStatusChange = """
        {
            "webhook" : "SERVICE_STATUS_CHANGE",
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

    public const string OrderStatusChange = """
        {
            "webhook" : "ORDER_STATUS_CHANGE",
            "order" : {
                "number" : "89023475",
                "type" : "NEW",
                "status" : "QUOTE_CREATED",
                "firstName" : "John",
                "lastName" : "Smith",
                "emailAddress" : "jsmith@abccompany.com",
                "phoneNumber" : "893-555-4523",
                "businessName" : "ABC Company",
                "createdOn" : "2021-09-15T14:35:00-05:00",
                "updatedOn" : "2021-09-15T14:35:00-05:00",
                "paid" : true,
                "vendorId" : "45626",
                "loyaltyId" : "457215",
                "storeNumber" : "6125",
                "associateId" : "3456",
                "billTo" : {
                    "firstName" : "John",
                    "lastName" : "Smith",
                    "businessName" : "ABC Company",
                    "address1" : "123 Test Street",
                    "address2" : "Suite 413",
                    "city" : "Testville",
                    "state" : "TN",
                    "zipCode" : "12345"
                },
                "shipTo" : {
                    "firstName" : "John",
                    "lastName" : "Smith",
                    "businessName" : "ABC Company",
                    "address1" : "123 Test Street",
                    "address2" : "Suite 413",
                    "city" : "Testville",
                    "state" : "TN",
                    "zipCode" : "12345"
                },
                "item" : [
                    {
                        "lineNumber" : 1,
                        "skuNumber" : "890345563",
                        "partNumber" : "ABC-12345",
                        "upcCode" : "23457892345789",
                        "status" : "PAID",
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false,
                        "returnable" : true,
                        "voidable" : true,
                        "discountable" : true,
                        "taxable" : true,
                        "isSubscription" : false,
                        "createdOn" : "2021-09-15T14:35:00-05:00",
                        "paidOn" : "2021-09-16T17:23:54-05:00",
                        "title" : "In-Home Smart TV Installation",
                        "shortDescription" : "A qualified and experienced technician will come to your house to install your smart TV.",
                        "longDescription" : "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec fermentum vehicula nisl, sed volutpat tellus sollicitudin id. Ut id risus lobortis, molestie neque eu, dictum metus.",
                        "termsAndConditions" : "Morbi dignissim augue massa, eget vestibulum erat molestie nec. Donec at lorem at lacus mollis condimentum bibendum non enim. Curabitur eu odio at dolor feugiat aliquet. Donec non ante faucibus, hendrerit felis eget, vulputate arcu."
                    },
                    {
                        "lineNumber" : 2,
                        "skuNumber" : "346346",
                        "partNumber" : "DEF-56756",
                        "upcCode" : "38924579458",
                        "status" : "COMPLETE",
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false,
                        "returnable" : true,
                        "voidable" : true,
                        "discountable" : true,
                        "taxable" : true,
                        "isSubscription" : false,
                        "createdOn" : "2021-09-15T14:35:00-05:00",
                        "paidOn" : "2021-09-16T17:23:54-05:00",
                        "title" : "In-Home Smart Doorbell Installation",
                        "shortDescription" : "A qualified and experienced technician will come to your house to install your smart doorbell.",
                        "longDescription" : "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec fermentum vehicula nisl, sed volutpat tellus sollicitudin id. Ut id risus lobortis, molestie neque eu, dictum metus.",
                        "termsAndConditions" : "Morbi dignissim augue massa, eget vestibulum erat molestie nec. Donec at lorem at lacus mollis condimentum bibendum non enim. Curabitur eu odio at dolor feugiat aliquet. Donec non ante faucibus, hendrerit felis eget, vulputate arcu."
                    }
                ]
            }
        }
        """;

    public const string ItemStatusChange = """
        {
            "webhook" : "ITEM_STATUS_CHANGE",
            "order" : {
                "number" : "89023475",
                "type" : "NEW",
                "status" : "QUOTE_CREATED",
                "firstName" : "John",
                "lastName" : "Smith",
                "emailAddress" : "jsmith@abccompany.com",
                "phoneNumber" : "893-555-4523",
                "businessName" : "ABC Company",
                "createdOn" : "2021-09-15T14:35:00-05:00",
                "updatedOn" : "2021-09-15T14:35:00-05:00",
                "paid" : true,
                "vendorId" : "45626",
                "loyaltyId" : "457215",
                "storeNumber" : "6125",
                "associateId" : "3456",
                "billTo" : {
                    "firstName" : "John",
                    "lastName" : "Smith",
                    "businessName" : "ABC Company",
                    "address1" : "123 Test Street",
                    "address2" : "Suite 413",
                    "city" : "Testville",
                    "state" : "TN",
                    "zipCode" : "12345"
                },
                "shipTo" : {
                    "firstName" : "John",
                    "lastName" : "Smith",
                    "businessName" : "ABC Company",
                    "address1" : "123 Test Street",
                    "address2" : "Suite 413",
                    "city" : "Testville",
                    "state" : "TN",
                    "zipCode" : "12345"
                },
                "item" : [
                    {
                        "lineNumber" : 1,
                        "skuNumber" : "890345563",
                        "partNumber" : "ABC-12345",
                        "upcCode" : "23457892345789",
                        "status" : "PAID",
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false,
                        "returnable" : true,
                        "voidable" : true,
                        "discountable" : true,
                        "taxable" : true,
                        "isSubscription" : false,
                        "createdOn" : "2021-09-15T14:35:00-05:00",
                        "paidOn" : "2021-09-16T17:23:54-05:00",
                        "title" : "In-Home Smart TV Installation",
                        "shortDescription" : "A qualified and experienced technician will come to your house to install your smart TV.",
                        "longDescription" : "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec fermentum vehicula nisl, sed volutpat tellus sollicitudin id. Ut id risus lobortis, molestie neque eu, dictum metus.",
                        "termsAndConditions" : "Morbi dignissim augue massa, eget vestibulum erat molestie nec. Donec at lorem at lacus mollis condimentum bibendum non enim. Curabitur eu odio at dolor feugiat aliquet. Donec non ante faucibus, hendrerit felis eget, vulputate arcu."
                    },
                    {
                        "lineNumber" : 2,
                        "skuNumber" : "346346",
                        "partNumber" : "DEF-56756",
                        "upcCode" : "38924579458",
                        "status" : "COMPLETE",
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false,
                        "returnable" : true,
                        "voidable" : true,
                        "discountable" : true,
                        "taxable" : true,
                        "isSubscription" : false,
                        "createdOn" : "2021-09-15T14:35:00-05:00",
                        "paidOn" : "2021-09-16T17:23:54-05:00",
                        "title" : "In-Home Smart Doorbell Installation",
                        "shortDescription" : "A qualified and experienced technician will come to your house to install your smart doorbell.",
                        "longDescription" : "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec fermentum vehicula nisl, sed volutpat tellus sollicitudin id. Ut id risus lobortis, molestie neque eu, dictum metus.",
                        "termsAndConditions" : "Morbi dignissim augue massa, eget vestibulum erat molestie nec. Donec at lorem at lacus mollis condimentum bibendum non enim. Curabitur eu odio at dolor feugiat aliquet. Donec non ante faucibus, hendrerit felis eget, vulputate arcu."
                    }
                ]
            }
        }
        """;
}
