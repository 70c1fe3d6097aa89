using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class UpdateOrderTests : EmulatorTest
{
    private Order Sample => Emulator.State.Orders.Get("89023475")!;

    [Fact]
    public async Task TheDocumentsSampleRequest_Is200WithTheBareEnvelope_AndOnlyMovesUpdatedOn()
    {
        var before = Sample;

        var reply = await AccountClient.PutAsync("/order/89023475", OrderSamples.UpdateOrderRequest);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("2", reply.Version);
        Assert.Equal(JsonShape.Of(AccountSamples.BareResponse), JsonShape.Of(reply.Json));
        Assert.Equal(before with { UpdatedOn = Sample.UpdatedOn, Items = Sample.Items }, Sample);
        Assert.Equal(before.Items, Sample.Items);
        Assert.True(Sample.UpdatedOn > before.UpdatedOn);
    }

    [Fact]
    public async Task TheOrderMayBeNamedByItsTransactionId()
    {
        await AccountClient.PutAsync("/order/8902347520210915", """{"order":{"loyaltyId":"999"}}""");

        Assert.Equal("999", Sample.LoyaltyId);
    }

    [Fact]
    public async Task OnlyTheFieldsSentChange_AndAnExplicitNullClearsAnOptionalOne()
    {
        var before = Sample;

        await AccountClient.PutAsync("/order/89023475", """{"order":{"firstName":"Johnny","phoneNumber":null,"emailAddress":"j@x.co"}}""");

        Assert.Equal(
            before with { FirstName = "Johnny", PhoneNumber = null, EmailAddress = "j@x.co", UpdatedOn = Sample.UpdatedOn, Items = Sample.Items },
            Sample);
    }

    [Fact]
    public async Task AnAddress_ChangesOnlyInTheFieldsNamed_AndANullFieldIsCleared()
    {
        var before = Sample;

        await AccountClient.PutAsync("/order/89023475", """{"order":{"billTo":{"address2":null,"city":"Nashville"}}}""");

        Assert.Equal(before.BillTo! with { Address2 = null, City = "Nashville" }, Sample.BillTo);
        Assert.Equal(before.ShipTo, Sample.ShipTo);
    }

    [Fact]
    public async Task AnAddressSentAsNull_IsCleared_AndOneTheOrderLacks_IsMadeOfTheFieldsSent()
    {
        await AccountClient.PutAsync("/order/89023475", """{"order":{"shipTo":null}}""");
        await AccountClient.PutAsync("/order/12345678", """{"order":{"billTo":{"city":"Memphis","state":"TN"}}}""");

        Assert.Null(Sample.ShipTo);
        Assert.Equal(new Address { City = "Memphis", State = "TN" }, Emulator.State.Orders.Get("12345678")!.BillTo);
        var billTo = (await AccountClient.GetAsync("/order/12345678")).Json.GetProperty("order").GetProperty("billTo");
        Assert.Equal("{firstName:null,lastName:null,businessName:null,address1:null,address2:null,city:string,state:string,zipCode:null}", JsonShape.Of(billTo));
    }

    [Fact]
    public async Task AnItemsQuantity_Changes_WithoutTouchingItsStatus()
    {
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":2,"quantity":3}]}}""");

        Assert.Equal(Sample.Items[1] with { Quantity = 3 }, Sample.Items[1]);
        Assert.Equal((3, "COMPLETE"), (Sample.Items[1].Quantity, Sample.Items[1].Status));
    }

    [Fact]
    public async Task PayingTheLastUnpaidItem_MakesItPaidNow_AndTheQuotesPaymentAccepted()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        var reply = await AccountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");

        var order = Emulator.State.Orders.Get("12345678")!;
        var item = order.Items[0];
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((true, "PAID"), (item.Paid, item.Status));
        Assert.InRange(item.PaidOn!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal((true, "QUOTE_PAYMENT_ACCEPTED"), (order.Paid, order.Status));
        Assert.Collection(
            raised,
            change => Assert.Equal(new OrderItemStatusChanged(order, item, "CREATED"), change),
            change => Assert.Equal(new OrderStatusChanged(order, "QUOTE_CREATED"), change));
    }

    [Fact]
    public async Task UnpayingAnItem_MakesItCreatedAgain_AndTheOrderUnpaid_AndPayingItAgainAcceptsThePayment()
    {
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"paid":false}]}}""");
        var unpaid = Sample;
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");

        Assert.Equal((false, null, "CREATED"), (unpaid.Items[0].Paid, unpaid.Items[0].PaidOn, unpaid.Items[0].Status));
        Assert.Equal((false, "QUOTE_CREATED"), (unpaid.Paid, unpaid.Status));
        Assert.Equal((true, "PAID"), (Sample.Items[0].Paid, Sample.Items[0].Status));
        Assert.Equal((true, "QUOTE_PAYMENT_ACCEPTED"), (Sample.Paid, Sample.Status));
    }

    [Fact]
    public async Task AnAcceptedQuoteThatStopsBeingPaid_WaitsForPaymentAgain()
    {
        await AccountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");

        await AccountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":false}]}}""");

        var order = Emulator.State.Orders.Get("12345678")!;
        Assert.Equal((false, "QUOTE_PAYMENT_PENDING"), (order.Paid, order.Status));
    }

    [Fact]
    public async Task APaidOrdersStatus_IsNotMovedByPayment()
    {
        Emulator.State.Orders.Update("12345678", order => order with { Status = "ORDER_SERVICE_PENDING" });

        await AccountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");

        var order = Emulator.State.Orders.Get("12345678")!;
        Assert.Equal((true, "ORDER_SERVICE_PENDING"), (order.Paid, order.Status));
    }

    [Fact]
    public async Task ReturningAnItem_CancelsIt_AndTakingTheReturnBack_MakesItPaidAgain()
    {
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"returned":true}]}}""");
        var returned = Sample.Items[0];
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"returned":false}]}}""");

        Assert.Equal((true, true, "CANCELLED"), (returned.Returned, returned.Paid, returned.Status));
        Assert.Equal((false, "PAID"), (Sample.Items[0].Returned, Sample.Items[0].Status));
    }

    [Fact]
    public async Task AnItemThatIsNotReturnable_CannotBeReturned()
    {
        Emulator.State.Orders.Update("89023475", order => order with { Items = [order.Items[0] with { Returnable = false }, order.Items[1]] });
        var before = Sample;

        var reply = await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":1,"returned":true}]}}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, "order.item[0].returned: the item on line 1 ('890345563') is not returnable");
        Assert.Same(before, Sample);
    }

    [Fact]
    public async Task AnUnknownLineNumber_Is404NamingTheOrdersItems_AndChangesNothing()
    {
        var before = Sample;

        var reply = await AccountClient.PutAsync("/order/89023475", """{"order":{"firstName":"X","item":[{"lineNumber":1,"paid":false},{"lineNumber":3,"paid":true}]}}""");

        reply.AssertFailure(
            HttpStatusCode.NotFound,
            "Order 89023475 has no item on line 3, which order.item[1] names (its items: line 1 '890345563', line 2 '346346')");
        Assert.Same(before, Sample);
    }

    [Fact]
    public async Task AnUnknownOrder_Is404_WhateverTheBody()
    {
        var reply = await AccountClient.PutAsync("/order/1", "{}");

        reply.AssertFailure(HttpStatusCode.NotFound, "Order '1' was not found: no order has this number or transaction id");
    }

    [Theory]
    [InlineData("{}", "order is required")]
    [InlineData("""{"order":{}}""", "Nothing to update: send at least one of firstName, lastName, emailAddress, phoneNumber, businessName, loyaltyId, storeNumber, associateId, billTo, shipTo, item in order")]
    [InlineData("""{"order":{"number":"89023475"}}""", "Nothing to update: send at least one of firstName, lastName, emailAddress, phoneNumber, businessName, loyaltyId, storeNumber, associateId, billTo, shipTo, item in order")]
    [InlineData("""{"order":{"number":"89023476","firstName":"X"}}""", "order.number '89023476' is not the number of order 89023475: an order's number cannot change")]
    [InlineData("""{"order":{"number":89023475,"firstName":"X"}}""", "order.number must be a string, not a number")]
    [InlineData("""{"order":{"firstName":null}}""", "order.firstName cannot be null")]
    [InlineData("""{"order":{"lastName":""}}""", "order.lastName cannot be empty")]
    [InlineData("""{"order":{"emailAddress":"nobody"}}""", "order.emailAddress 'nobody' is not a valid email address")]
    [InlineData("""{"order":{"status":"ORDER_COMPLETE"}}""", "unknown field 'order.status' (the fields are: number, firstName, lastName, emailAddress, phoneNumber, businessName, loyaltyId, storeNumber, associateId, billTo, shipTo, item)")]
    [InlineData("""{"order":{"items":[]}}""", "unknown field 'order.items' (did you mean 'item'?)")]
    [InlineData("""{"order":{"billTo":{}}}""", "Nothing to update in order.billTo: send at least one of firstName, lastName, businessName, address1, address2, city, state, zipCode, or null to clear the address")]
    [InlineData("""{"order":{"billTo":"123 Test Street"}}""", "order.billTo must be an object, not a string")]
    [InlineData("""{"order":{"shipTo":{"zip":"12345"}}}""", "unknown field 'order.shipTo.zip' (the fields are: firstName, lastName, businessName, address1, address2, city, state, zipCode)")]
    [InlineData("""{"order":{"shipTo":{"city":7}}}""", "order.shipTo.city must be a string, not a number")]
    [InlineData("""{"order":{"item":[]}}""", "order.item cannot be empty: send the items to change, or leave item out")]
    [InlineData("""{"order":{"item":{"lineNumber":1,"paid":true}}}""", "order.item must be an array, not an object")]
    [InlineData("""{"order":{"item":null}}""", "order.item must be an array, not null")]
    [InlineData("""{"order":{"item":[{"paid":true}]}}""", "order.item[0].lineNumber is required")]
    [InlineData("""{"order":{"item":[{"lineNumber":1}]}}""", "Nothing to update in order.item[0]: send at least one of quantity, paid, returned beside lineNumber")]
    [InlineData("""{"order":{"item":[{"lineNumber":1,"paid":"yes"}]}}""", "order.item[0].paid must be a boolean, true or false, not a string")]
    [InlineData("""{"order":{"item":[{"lineNumber":1,"returned":null}]}}""", "order.item[0].returned cannot be null")]
    [InlineData("""{"order":{"item":[{"lineNumber":1,"quantity":0}]}}""", "order.item[0].quantity must be a positive integer, not 0")]
    [InlineData("""{"order":{"item":[{"lineNumber":1,"status":"PAID"}]}}""", "unknown field 'order.item[0].status' (the fields are: lineNumber, quantity, paid, returned)")]
    [InlineData("""{"order":{"item":[{"lineNumber":1,"paid":true},{"lineNumber":1,"quantity":2}]}}""", "order.item[1].lineNumber 1 repeats order.item[0].lineNumber: each item may be changed once a request")]
    public async Task ABadBody_Is400NamingTheField_AndChangesNothing(string body, string expected)
    {
        var before = Sample;

        var reply = await AccountClient.PutAsync("/order/89023475", body);

        reply.AssertFailure(HttpStatusCode.BadRequest, expected);
        Assert.Same(before, Sample);
    }

    [Fact]
    public async Task WithoutVersion2_Is400()
    {
        var reply = await Client.PutAsync("/order/89023475", """{"order":{"firstName":"X"}}""");

        reply.AssertFailure(HttpStatusCode.BadRequest, "The Version header is required by the Account Management API and must be 2");
        Assert.Equal("2", reply.Version);
    }

    [Fact]
    public async Task ChangesThatMoveNoStatus_RaiseNothing()
    {
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await AccountClient.PutAsync("/order/89023475", OrderSamples.UpdateOrderRequest);
        await AccountClient.PutAsync("/order/89023475", """{"order":{"item":[{"lineNumber":2,"quantity":2}]}}""");

        Assert.Empty(raised);
        Assert.All(Sample.Items, item => Assert.True(item.Paid));
        Assert.Equal(["PAID", "COMPLETE"], Sample.Items.Select(item => item.Status));
    }
}
