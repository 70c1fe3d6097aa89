using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>POST /order/{orderNumber}/diagnostic of the TOGa Order API: no Version header, 201 Created (erratum 9), the order number an integer.</summary>
public sealed class OrderDiagnosticTests : EmulatorTest
{
    private const string Pdf = "JVBERi0xLjcKCjQgMCBvYmoKKElkZW50aXR5KQplbmRvYmoKNSAwIG9iagooQWRvYmUpCmVu";

    [Fact]
    public async Task TheDocumentsSampleRequest_Is201WithTheDocumentsSampleResponse_AndIsKept()
    {
        var reply = await Client.PostAsync("/order/12345678/diagnostic", OrderSamples.DiagnosticRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Null(reply.Version);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OrderSamples.DiagnosticResponse), JsonNode.Parse(reply.Body)), reply.Body);
        var expected = new OrderDiagnostic("12345678", "Has A/V, No problem(s) found", true, Pdf, "{\n\"Win32_BIOS\":\n{\n \"BiosCharacteristics\":\"{7, 9, 11");
        Assert.Equal(expected, Assert.Single(Emulator.State.Orders.Diagnostics));
        Assert.Equal([expected], Emulator.State.Orders.DiagnosticsOf("12345678"));
    }

    [Fact]
    public async Task ADocumentMayBeAUrl_SystemInformationMayBeLeftOut_AndEachDiagnosticIsKeptOnItsOrder()
    {
        await Client.PostAsync("/order/89023475/diagnostic", """{"resultCode":"R1","windowsUpgradeEligibility":false,"document":"https://files.example.com/r1.pdf"}""");
        await Client.PostAsync("/order/12345678/diagnostic", $$"""{"resultCode":"R2","windowsUpgradeEligibility":true,"document":"{{Pdf}}","systemInformation":null}""");
        await Client.PostAsync("/order/89023475/diagnostic", $$"""{"resultCode":"R3","windowsUpgradeEligibility":true,"document":"{{Pdf}}"}""");

        Assert.Equal(
            [
                new OrderDiagnostic("89023475", "R1", false, "https://files.example.com/r1.pdf", null),
                new OrderDiagnostic("89023475", "R3", true, Pdf, null),
            ],
            Emulator.State.Orders.DiagnosticsOf("89023475"));
        Assert.Equal(["R1", "R2", "R3"], [.. Emulator.State.Orders.Diagnostics.Select(diagnostic => diagnostic.ResultCode)]);
    }

    [Fact]
    public async Task AVersionHeader_IsNotTheOrderApis_AndChangesNothingInTheAnswer()
    {
        var reply = await AccountClient.PostAsync("/order/12345678/diagnostic", OrderSamples.DiagnosticRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Null(reply.Version);
        Assert.Equal("", reply.Error);
    }

    [Theory]
    [InlineData("""{"windowsUpgradeEligibility":true,"document":"aGk="}""", "resultCode is required")]
    [InlineData("""{"resultCode":7,"windowsUpgradeEligibility":true,"document":"aGk="}""", "resultCode must be a string, not a number")]
    [InlineData("""{"resultCode":"","windowsUpgradeEligibility":true,"document":"aGk="}""", "resultCode cannot be empty")]
    [InlineData("""{"resultCode":"R","document":"aGk="}""", "windowsUpgradeEligibility is required")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":"true","document":"aGk="}""", "windowsUpgradeEligibility must be a boolean, true or false, not a string")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":1,"document":"aGk="}""", "windowsUpgradeEligibility must be a boolean, true or false, not a number")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":null,"document":"aGk="}""", "windowsUpgradeEligibility cannot be null")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true}""", "document is required")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":null}""", "document cannot be null")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":"C:\\Reports\\diagnostic.pdf"}""", "document must be an http:// or https:// URL or a file in Base64, not 'C:\\Reports\\diagnostic.pdf'")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":"ftp://files.example.com/r.pdf"}""", "document must be an http:// or https:// URL or a file in Base64, not 'ftp://files.example.com/r.pdf'")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":"JVBERi0xLjcKCjQgMCBvYmoKKElkZW50aXR5KQplbmRvYmoK..."}""", "document must be an http:// or https:// URL or a file in Base64, not 'JVBERi0xLjcKCjQgMCBvYmoKKElkZW50aXR5KQpl...'")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":"aGk=","systemInformation":{"Win32_BIOS":{}}}""", "systemInformation must be a string, not an object")]
    [InlineData("""{"resultCode":"R","windowsUpgradeEligibility":true,"document":"aGk=","orderNumber":12345678}""", "unknown field 'orderNumber' (the fields are: resultCode, windowsUpgradeEligibility, document, systemInformation)")]
    public async Task ABadBody_Is400NamingTheField_AndKeepsNothing(string body, string expected)
    {
        var reply = await Client.PostAsync("/order/12345678/diagnostic", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Empty(Emulator.State.Orders.Diagnostics);
    }

    [Theory]
    [InlineData("/order/12345679/diagnostic", "Order 12345679 was not found")]
    [InlineData("/order/1234567820211108/diagnostic", "Order 1234567820211108 was not found")]
    [InlineData("/order/T-1/diagnostic", "Order 'T-1' was not found: the TOGa Order API's order numbers are integers")]
    public async Task AnUnknownOrder_OrATransactionId_Is404_WhateverTheBody(string target, string expected)
    {
        var reply = await Client.PostAsync(target, "{}");

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
        Assert.Empty(Emulator.State.Orders.Diagnostics);
    }

    [Fact]
    public async Task TheBody_IsRequired()
    {
        var reply = await Client.SendAsync(HttpMethod.Post, "/order/12345678/diagnostic");

        reply.AssertFailure(HttpStatusCode.BadRequest, "POST /order/{orderNumber}/diagnostic needs a JSON object as its request body");
    }
}
