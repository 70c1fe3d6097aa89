using System;
using System.Collections.Generic;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// One element of item[] in "Modify an Order": lineNumber picks the item, and quantity, paid and returned are what may
/// change. Paying or returning moves the item's status: a returned item is CANCELLED (the item statuses have no
/// RETURNED; its service will not be done), a paid one PAID, an unpaid one CREATED. Paying sets paidOn to now.
/// </summary>
internal sealed record ItemChange(string Place, int LineNumber, FieldUpdate<int> Quantity, FieldUpdate<bool> Paid, FieldUpdate<bool> Returned)
{
    public static IReadOnlyList<string> Fields { get; } = ["lineNumber", "quantity", "paid", "returned"];

    /// <summary>The item[] of an order change, read in order; each line number may come once.</summary>
    public static IReadOnlyList<ItemChange> ReadAll(JsonArrayReader items)
    {
        if (items.Count == 0)
        {
            throw ApiException.BadRequest("order.item cannot be empty: send the items to change, or leave item out");
        }

        var changes = new List<ItemChange>(items.Count);
        var lineNumberPlaces = new Dictionary<int, string>();
        foreach (var item in items.Objects(Fields))
        {
            var change = Read(item);
            if (!lineNumberPlaces.TryAdd(change.LineNumber, item.PathOf("lineNumber")))
            {
                throw ApiException.BadRequest(
                    $"{item.PathOf("lineNumber")} {change.LineNumber} repeats {lineNumberPlaces[change.LineNumber]}: each item may be changed once a request");
            }

            changes.Add(change);
        }

        return changes;
    }

    /// <exception cref="ApiException">400: the item is returned but is not returnable.</exception>
    public OrderItem ApplyTo(OrderItem item, DateTimeOffset now)
    {
        var paid = Paid.Or(item.Paid);
        var returned = Returned.Or(item.Returned);
        if (returned && !item.Returned && !item.Returnable)
        {
            throw ApiException.BadRequest($"{Place}.returned: the item on line {LineNumber} ('{item.SkuNumber}') is not returnable");
        }

        var paymentOrReturnChanged = paid != item.Paid || returned != item.Returned;
        return item with
        {
            Quantity = Quantity.Or(item.Quantity),
            Paid = paid,
            PaidOn = paid == item.Paid ? item.PaidOn : paid ? now : null,
            Returned = returned,
            Status = paymentOrReturnChanged ? StatusFor(paid, returned) : item.Status,
        };
    }

    private static ItemChange Read(JsonObjectReader item)
    {
        var lineNumber = item.RequiredPositiveInteger("lineNumber");
        var place = item.Place!;
        if (item.Count == 1)
        {
            throw ApiException.BadRequest($"Nothing to update in {place}: send at least one of quantity, paid, returned beside lineNumber");
        }

        return new ItemChange(
            place,
            lineNumber,
            item.ForUpdate("quantity", item.RequiredPositiveInteger),
            item.ForUpdate("paid", item.RequiredBoolean),
            item.ForUpdate("returned", item.RequiredBoolean));
    }

    private static string StatusFor(bool paid, bool returned) =>
        returned ? ItemStatuses.Cancelled : paid ? ItemStatuses.Paid : ItemStatuses.Created;
}
