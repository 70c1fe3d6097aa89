namespace Agilant.Emulator.Tests.Support;

/// <summary>The order samples printed in account-management-api-v2.4.1.txt and toga-order-api-v2.0.2.txt, copied verbatim.</summary>
internal static class OrderSamples
{
    /// <summary>The Account Management API's "Retrieve an Order" response.</summary>
    public const string GetOrderResponse = """
        {
            "success" : true,
            "error" : null,
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

    /// <summary>The Account Management API's "Modify an Order" request.</summary>
    public const string UpdateOrderRequest = """
        {
            "order" : {
                "number" : "89023475",
                "firstName" : "John",
                "lastName" : "Smith",
                "emailAddress" : "jsmith@abccompany.com",
                "phoneNumber" : "893-555-4523",
                "businessName" : "ABC Company",
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
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false
                    },
                    {
                        "lineNumber" : 2,
                        "quantity" : 1,
                        "paid" : true,
                        "returned" : false
                    }
                ]
            }
        }
        """;

    /// <summary>The TOGa Order API's "Retrieve an Order" response (this copy of the document lost its braces; restored).</summary>
    public const string FlatOrderResponse = """
        {
            "success" : true,
            "error" : "",
            "orderNumber" : 12345678,
            "firstName" : "John",
            "lastName" : "Smith",
            "emailAddress" : "",
            "associateId" : "0975312",
            "storeNumber" : "758246",
            "type" : "NEW"
        }
        """;

    /// <summary>
    /// The TOGa Order API's "Create an Order Diagnostic" request. The document cuts its document and systemInformation
    /// short with "..."; here they end where the cut is, so that the document is whole Base64.
    /// </summary>
    public const string DiagnosticRequest = """
        {
            "resultCode" : "Has A/V, No problem(s) found",
            "windowsUpgradeEligibility" : true,
            "document" : "JVBERi0xLjcKCjQgMCBvYmoKKElkZW50aXR5KQplbmRvYmoKNSAwIG9iagooQWRvYmUpCmVu",
            "systemInformation" : "{\n\"Win32_BIOS\":\n{\n \"BiosCharacteristics\":\"{7, 9, 11"
        }
        """;

    /// <summary>The TOGa Order API's "Create an Order Diagnostic" response.</summary>
    public const string DiagnosticResponse = """
        {
            "success" : true,
            "error" : "",
            "orderNumber" : 12345678
        }
        """;
}
