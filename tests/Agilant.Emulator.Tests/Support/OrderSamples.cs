namespace Agilant.Emulator.Tests.Support;

/// <summary>
/// The order samples printed in account-management-api-v2.4.1.txt and toga-order-api-v2.0.2.txt, copied verbatim; the
/// "Retrieve an Order" response is Samples.OrderAnswer, shared with the client's tests.
/// </summary>
internal static class OrderSamples
{
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
