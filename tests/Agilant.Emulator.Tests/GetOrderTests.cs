using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ClientSamples = Agilant.Client.Tests.Support.Samples;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>GET /order/{n}: one route, two APIs (erratum 1). Version: 2 reads the Account Management API's order, no Version the TOGa Order API's record.</summary>
public sealed class GetOrderTests : EmulatorTest
{
    [Fact]
    public async Task WithVersion2_TheAccountDocumentsSampleOrder_ComesBackExactlyAsItsSampleResponse()
    {
        var reply = await AccountClient.GetAsync("/order/89023475");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2", reply.Version);
        Assert.Equal(JsonShape.Of(ClientSamples.OrderAnswer), JsonShape.Of(reply.Json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ClientSamples.OrderAnswer), JsonNode.Parse(reply.Body)), reply.Body);
    }

    [Fact]
    public async Task WithoutVersion_TheOrderDocumentsSampleOrder_ComesBackExactlyAsItsSampleResponse()
    {
        var reply = await Client.GetAsync("/order/12345678");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Null(reply.Version);
        Assert.Equal(JsonShape.Of(OrderSamples.FlatOrderResponse), JsonShape.Of(reply.Json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OrderSamples.FlatOrderResponse), JsonNode.Parse(reply.Body)), reply.Body);
    }

    [Fact]
    public async Task TheRichOrder_ReadFlat_HasItsNumberAsAnInteger_AndTheFlatFields()
    {
        var reply = await Client.GetAsync("/order/89023475");

        Assert.True(
            JsonNode.DeepEquals(
                JsonNode.Parse("""
                    {"success":true,"error":"","orderNumber":89023475,"firstName":"John","lastName":"Smith",
                     "emailAddress":"jsmith@abccompany.com","associateId":"3456","storeNumber":"6125","type":"NEW"}
                    """),
                JsonNode.Parse(reply.Body)),
            reply.Body);
    }

    [Fact]
    public async Task TheFlatOrder_ReadRich_HasEveryField_ItsNumberAString_AndItsQuoteUnpaid()
    {
        var reply = await AccountClient.GetAsync("/order/12345678");

        var order = reply.Json.GetProperty("order");
        using var sampleResponse = JsonDocument.Parse(ClientSamples.OrderAnswer);
        var sample = sampleResponse.RootElement.GetProperty("order");
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("error").ValueKind);
        Assert.Equal(FieldNames(sample), FieldNames(order));
        Assert.Equal(
            ("12345678", "NEW", "QUOTE_CREATED", "John", "Smith", "", "758246", "0975312", false),
            (order.GetProperty("number").GetString(), order.GetProperty("type").GetString(), order.GetProperty("status").GetString(),
             order.GetProperty("firstName").GetString(), order.GetProperty("lastName").GetString(), order.GetProperty("emailAddress").GetString(),
             order.GetProperty("storeNumber").GetString(), order.GetProperty("associateId").GetString(), order.GetProperty("paid").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, order.GetProperty("billTo").ValueKind);
        var item = Assert.Single(order.GetProperty("item").EnumerateArray());
        Assert.Equal((1, "100200300", "CREATED", false), (item.GetProperty("lineNumber").GetInt32(), item.GetProperty("skuNumber").GetString(),
            item.GetProperty("status").GetString(), item.GetProperty("paid").GetBoolean()));
        Assert.Equal(FieldNames(sample.GetProperty("item")[0]), FieldNames(item));
    }

    [Fact]
    public async Task WithVersion2_AnOrderIsFoundByItsTransactionIdToo()
    {
        var byNumber = await AccountClient.GetAsync("/order/89023475");
        var byTransactionId = await AccountClient.GetAsync("/order/8902347520210915");

        Assert.Equal(HttpStatusCode.OK, byTransactionId.Status);
        Assert.Equal(byNumber.Body, byTransactionId.Body);
    }

    [Fact]
    public async Task AnOrderATestSeeds_IsServedInBothShapes()
    {
        Emulator.State.Orders.Add(new Order
        {
            Number = "555",
            TransactionId = "T-555",
            Type = "REFURB",
            Status = "ORDER_ON_HOLD",
            FirstName = "Mary",
            LastName = "Doe",
            CreatedOn = Samples.At("2024-02-29T10:00:00+01:00"),
            UpdatedOn = Samples.At("2024-03-01T11:30:15+01:00"),
        });

        var rich = (await AccountClient.GetAsync("/order/T-555")).Json.GetProperty("order");
        var flat = await Client.GetAsync("/order/555");

        Assert.Equal(("555", "REFURB", "ORDER_ON_HOLD", "2024-02-29T10:00:00+01:00", "2024-03-01T11:30:15+01:00"),
            (rich.GetProperty("number").GetString(), rich.GetProperty("type").GetString(), rich.GetProperty("status").GetString(),
             rich.GetProperty("createdOn").GetString(), rich.GetProperty("updatedOn").GetString()));
        Assert.Equal(JsonValueKind.Null, rich.GetProperty("emailAddress").ValueKind);
        Assert.True(
            JsonNode.DeepEquals(
                JsonNode.Parse("""
                    {"success":true,"error":"","orderNumber":555,"firstName":"Mary","lastName":"Doe","emailAddress":"","associateId":"","storeNumber":"","type":"REFURB"}
                    """),
                JsonNode.Parse(flat.Body)),
            flat.Body);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("2.0")]
    public async Task AnyOtherVersion_Is400SayingHowToReachEachApi(string version)
    {
        var reply = await Client.SendAsync(HttpMethod.Get, "/order/89023475", adjust: request => request.Headers.TryAddWithoutValidation("Version", version));

        reply.AssertFailure(
            HttpStatusCode.BadRequest,
            $"GET /order/{{number}} answers as the Account Management API with the header Version: 2, or as the TOGa Order API without a Version header; not with Version '{version}'");
        Assert.Null(reply.Version);
    }

    [Theory]
    [InlineData("/order/89023476", "Order '89023476' was not found: no order has this number or transaction id")]
    [InlineData("/order/89023475%2F", "Order '89023475/' was not found: no order has this number or transaction id")]
    public async Task WithVersion2_AnUnknownOrder_Is404_WithVersion2(string target, string expected)
    {
        var reply = await AccountClient.GetAsync(target);

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
        Assert.Equal("2", reply.Version);
    }

    [Theory]
    [InlineData("/order/89023476", "Order 89023476 was not found")]
    [InlineData("/order/8902347520210915", "Order 8902347520210915 was not found")]
    [InlineData("/order/ABC", "Order 'ABC' was not found: the TOGa Order API's order numbers are integers")]
    [InlineData("/order/-1", "Order '-1' was not found: the TOGa Order API's order numbers are integers")]
    public async Task WithoutVersion_AnUnknownOrder_OrATransactionId_Is404_WithoutVersion(string target, string expected)
    {
        var reply = await Client.GetAsync(target);

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
        Assert.Null(reply.Version);
    }

    [Fact]
    public async Task AnAuthenticationFailure_CarriesTheHeadersOfTheApiTheVersionNames()
    {
        var rich = await AccountClient.SendAsync(HttpMethod.Get, "/order/89023475", adjust: request => request.Headers.Remove("Timestamp"));
        var flat = await Client.SendAsync(HttpMethod.Get, "/order/89023475", adjust: request => request.Headers.Remove("Timestamp"));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (rich.Status, flat.Status));
        Assert.Equal("2", rich.Version);
        Assert.Null(flat.Version);
    }

    [Fact]
    public async Task AMethodTheRouteDoesNotHave_Is405_NamingGetAndPut()
    {
        var reply = await AccountClient.SendAsync(HttpMethod.Post, "/order/89023475", "{}");

        reply.AssertFailure(HttpStatusCode.MethodNotAllowed, "POST is not allowed on /order/{number}; use GET or PUT");
        Assert.Equal("2", reply.Version);
    }

    private static string[] FieldNames(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];
}
