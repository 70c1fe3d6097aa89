using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>DELETE /order/{n}/item/{skuNumber} with {"lineNumber": n}: erratum 7 corrects the document's route and its [] body.</summary>
public sealed class DeleteOrderItemTests : EmulatorTest
{
    private Order Sample => Emulator.State.Orders.Get("89023475")!;

    [Fact]
    public async Task AnItemNamedBySkuAndLine_IsRemoved_WithTheBareEnvelope()
    {
        var before = Sample;
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        var reply = await AccountClient.DeleteAsync("/order/89023475/item/346346", """{"lineNumber":2}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2", reply.Version);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal([before.Items[0]], Sample.Items);
        Assert.Equal(new OrderItemRemoved(Sample, before.Items[1]), Assert.Single(raised));
    }

    [Fact]
    public async Task TheOrderMayBeNamedByItsTransactionId()
    {
        await AccountClient.DeleteAsync("/order/8902347520210915/item/890345563", """{"lineNumber":1}""");

        Assert.Equal(["346346"], [.. Sample.Items.Select(item => item.SkuNumber)]);
    }

    [Fact]
    public async Task RemovingTheOnlyUnpaidItem_LeavesTheOrderPaid_AndTheQuotesPaymentAccepted()
    {
        Emulator.State.Orders.Update("89023475", order => order with
        {
            Paid = false,
            Items = [.. order.Items, order.Items[0] with { LineNumber = 3, Paid = false, PaidOn = null, Status = "CREATED" }],
        });

        await AccountClient.DeleteAsync("/order/89023475/item/890345563", """{"lineNumber":3}""");

        Assert.Equal((true, "QUOTE_PAYMENT_ACCEPTED"), (Sample.Paid, Sample.Status));
        Assert.Equal([1, 2], [.. Sample.Items.Select(item => item.LineNumber)]);
    }

    [Fact]
    public async Task TheBody_IsRequired()
    {
        var before = Sample;

        var reply = await AccountClient.SendAsync(HttpMethod.Delete, "/order/89023475/item/346346");

        reply.AssertFailure(HttpStatusCode.BadRequest, "DELETE /order/{number}/item/{skuNumber} needs a JSON object as its request body");
        Assert.Same(before, Sample);
    }

    [Theory]
    [InlineData("[]", "The request body must be a JSON object, not an array")]
    [InlineData("{}", "lineNumber is required")]
    [InlineData("""{"lineNumber":null}""", "lineNumber cannot be null")]
    [InlineData("""{"lineNumber":"2"}""", "lineNumber must be an integer, not a string")]
    [InlineData("""{"lineNumber":-2}""", "lineNumber must be a positive integer, not -2")]
    [InlineData("""{"lineNumber":2,"skuNumber":"346346"}""", "unknown field 'skuNumber' (the fields are: lineNumber)")]
    public async Task ABodyWithoutAGoodLineNumber_Is400(string body, string expected)
    {
        var before = Sample;

        var reply = await AccountClient.DeleteAsync("/order/89023475/item/346346", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(before, Sample);
    }

    [Theory]
    [InlineData("/order/89023475/item/346346", 1, "Order 89023475 has no item '346346' on line 1 (its items: line 1 '890345563', line 2 '346346')")]
    [InlineData("/order/89023475/item/999", 2, "Order 89023475 has no item '999' on line 2 (its items: line 1 '890345563', line 2 '346346')")]
    [InlineData("/order/89023476/item/346346", 2, "Order '89023476' was not found: no order has this number or transaction id")]
    public async Task AnUnknownOrder_OrNoItemOfThatSkuOnThatLine_Is404(string target, int lineNumber, string expected)
    {
        var before = Sample;

        var reply = await AccountClient.DeleteAsync(target, $$"""{"lineNumber":{{lineNumber}}}""");

        reply.AssertFailure(HttpStatusCode.NotFound, expected);
        Assert.Same(before, Sample);
    }

    [Fact]
    public async Task TheDocumentsSampleRoute_WithoutTheItem_IsNotADelete()
    {
        var reply = await AccountClient.DeleteAsync("/order/89023475", "[]");

        reply.AssertFailure(HttpStatusCode.MethodNotAllowed, "DELETE is not allowed on /order/{number}; use GET or PUT");
    }

    [Fact]
    public async Task WithoutVersion2_Is400()
    {
        var reply = await Client.DeleteAsync("/order/89023475/item/346346", """{"lineNumber":2}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, "The Version header is required by the Account Management API and must be 2");
        Assert.Equal(2, Sample.Items.Count);
    }
}
