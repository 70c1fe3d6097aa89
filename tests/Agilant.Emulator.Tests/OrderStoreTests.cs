using System;
using System.Collections.Generic;
using System.Linq;

namespace Agilant.Emulator.Tests;

public sealed class OrderStoreTests
{
    private readonly EmulatorState state = new();

    private static Order NewOrder(string number) => new()
    {
        Number = number,
        FirstName = "F",
        LastName = "L",
        CreatedOn = DateTimeOffset.UnixEpoch,
        UpdatedOn = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void EveryState_StartsWithTheDocumentsSampleOrders()
    {
        var orders = state.Orders.List();

        Assert.Equal(["12345678", "89023475"], orders.Select(order => order.Number));
        Assert.Equal(
            [(1, "890345563", "PAID", true), (2, "346346", "COMPLETE", true)],
            orders[1].Items.Select(item => (item.LineNumber, item.SkuNumber, item.Status, item.Paid)));
        Assert.Equal([(1, "100200300", "CREATED", false)], orders[0].Items.Select(item => (item.LineNumber, item.SkuNumber, item.Status, item.Paid)));
        Assert.Equal(("0975312", "758246", "", "NEW"), (orders[0].AssociateId, orders[0].StoreNumber, orders[0].EmailAddress, orders[0].Type));
    }

    [Fact]
    public void Find_TakesANumberOrATransactionId_AndGet_OnlyANumber()
    {
        Assert.Same(state.Orders.Get("89023475"), state.Orders.Find("8902347520210915"));
        Assert.Same(state.Orders.Get("89023475"), state.Orders.Find("89023475"));
        Assert.Null(state.Orders.Get("8902347520210915"));
        Assert.Null(state.Orders.Find("nothing"));
    }

    [Fact]
    public void Add_RefusesWhatTheApisCouldNotServe()
    {
        Assert.Throws<ArgumentException>(() => state.Orders.Add(NewOrder("A-1")));
        Assert.Throws<ArgumentException>(() => state.Orders.Add(NewOrder("0123")));
        Assert.Throws<InvalidOperationException>(() => state.Orders.Add(NewOrder("89023475")));
        Assert.Throws<InvalidOperationException>(() => state.Orders.Add(NewOrder("1") with { TransactionId = "8902347520210915" }));
        var item = new OrderItem { LineNumber = 1, SkuNumber = "S", CreatedOn = DateTimeOffset.UnixEpoch };
        Assert.Throws<ArgumentException>(() => state.Orders.Add(NewOrder("2") with { Items = [item, item] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => state.Orders.Add(NewOrder("3") with { Items = [item with { LineNumber = 0 }] }));
        Assert.Equal(2, state.Orders.Count);
    }

    [Fact]
    public void Update_CannotChangeTheNumber_AndAnUnknownOrderIsKeyNotFound()
    {
        Assert.Throws<InvalidOperationException>(() => state.Orders.Update("89023475", order => order with { Number = "1" }));
        Assert.Throws<KeyNotFoundException>(() => state.Orders.Update("1", order => order));
    }

    [Fact]
    public void Update_RaisesItemStatusChangesAndRemovals_ThenTheOrdersStatusChange_WithTheOrderAsItIsNow()
    {
        var raised = new List<EmulatorEvent>();
        state.Events.Raised += (_, change) => raised.Add(change);
        var before = state.Orders.Get("89023475")!;

        var after = state.Orders.Update("89023475", order => order with
        {
            Status = "ORDER_IN_PROGRESS",
            Items = [order.Items[0] with { Status = "IN_PROGRESS" }],
        });

        Assert.Equal(
            [
                new OrderItemStatusChanged(after, after.Items[0], "PAID"),
                new OrderItemRemoved(after, before.Items[1]),
                new OrderStatusChanged(after, "QUOTE_CREATED"),
            ],
            raised);
    }
}
