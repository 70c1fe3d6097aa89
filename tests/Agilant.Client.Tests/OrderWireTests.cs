using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class OrderWireTests
{
    private const string Done = """{"success":true,"error":null}""";

    [Fact]
    public async Task Reads_the_documented_rich_order_with_addresses_and_items_that_know_their_order()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Samples.OrderAnswer);

        Order order = await test.Client.Orders.GetAsync("89023475", CancellationToken.None);

        Assert.Equal("2", Assert.Single(test.Handler.Sent).Headers["Version"]);
        Assert.Equal(("89023475", OrderType.NEW, OrderStatus.QUOTE_CREATED), (order.Number, order.Type, order.Status));
        Assert.Equal(new DateTimeOffset(2021, 9, 15, 14, 35, 0, TimeSpan.FromHours(-5)), order.CreatedOn);
        Assert.Equal(("Suite 413", "TN"), (order.BillTo!.Address2, order.ShipTo!.State));
        Assert.True(order.Paid);
        Assert.Equal(2, order.Items.Count);
        Assert.All(order.Items, item => Assert.Equal("89023475", item.OrderNumber));
        OrderItem doorbell = order.Items[1];
        Assert.Equal((2, "346346", ItemStatus.COMPLETE, 1, false), (doorbell.LineNumber, doorbell.SkuNumber, doorbell.Status, doorbell.Quantity, doorbell.Returned));
        Assert.Equal(new DateTimeOffset(2021, 9, 16, 17, 23, 54, TimeSpan.FromHours(-5)), doorbell.PaidOn);
    }

    [Fact]
    public async Task Reads_the_Order_APIs_flat_record_into_the_same_type_without_a_Version_header()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.OK,
            """{"success":true,"error":"","orderNumber":12345678,"firstName":"John","lastName":"Smith","emailAddress":"","associateId":"0975312","storeNumber":"758246","type":"REFURB"}""");

        Order order = await test.Client.Orders.GetFlatAsync("12345678", CancellationToken.None);

        Assert.False(Assert.Single(test.Handler.Sent).Headers.ContainsKey("Version"));
        Assert.Equal(("12345678", OrderType.REFURB, "0975312", "758246"), (order.Number, order.Type, order.AssociateId, order.StoreNumber));
        Assert.Null(order.Status);
        Assert.Empty(order.Items);
    }

    [Fact]
    public async Task An_order_update_sends_only_what_was_set_items_by_line_number_and_partial_addresses()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Done);

        await test.Client.Orders.UpdateAsync(
            "89023475",
            new OrderUpdate
            {
                LoyaltyId = "457215",
                BillTo = new AddressUpdate { City = "Nashville", Address2 = null },
                ShipTo = null,
                Items = new[] { new OrderItemUpdate(1) { Paid = true }, new OrderItemUpdate(2) { Quantity = 2, Returned = false } },
            },
            CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal(("PUT", "/base/order/89023475", "2"), (sent.Method, sent.PathAndQuery, sent.Headers["Version"]));
        Assert.Equal(
            """{"order":{"loyaltyId":"457215","billTo":{"address2":null,"city":"Nashville"},"shipTo":null,"item":[{"lineNumber":1,"paid":true},{"lineNumber":2,"quantity":2,"returned":false}]}}""",
            sent.Body);
    }

    [Fact]
    public async Task Removing_an_item_uses_its_own_route_and_the_line_number_in_the_body()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Done);

        await test.Client.Orders.DeleteItemAsync("89023475", "346 346", 2, CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal(("DELETE", "/base/order/89023475/item/346%20346", """{"lineNumber":2}"""), (sent.Method, sent.PathAndQuery, sent.Body));
    }

    [Fact]
    public async Task A_diagnostic_goes_to_the_Order_API_as_documented_and_is_never_retried()
    {
        using var test = new TestClient().Answer(HttpStatusCode.GatewayTimeout, """{"success":false,"error":"Gateway timeout"}""");

        await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Orders.SendDiagnosticAsync(
            "12345678",
            new NewDiagnostic("Has A/V, No problem(s) found", true, "JVBERi0xLjcK") { SystemInformation = """{"Win32_BIOS":{}}""" },
            CancellationToken.None));

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal(("POST", "/base/order/12345678/diagnostic"), (sent.Method, sent.PathAndQuery));
        Assert.False(sent.Headers.ContainsKey("Version"));
        Assert.Equal(
            """{"resultCode":"Has A/V, No problem(s) found","windowsUpgradeEligibility":true,"document":"JVBERi0xLjcK","systemInformation":"{\"Win32_BIOS\":{}}"}""",
            sent.Body);
    }
}
