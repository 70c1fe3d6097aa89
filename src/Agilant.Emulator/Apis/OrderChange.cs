using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The body of "Modify an Order": {"order":{...}} holding only what changes. An explicit null clears an optional field;
/// the holder's names cannot be cleared. number may be sent (the document's sample does) but must be the order's own:
/// the number is how the order is known in both APIs. Every field is read and checked before the order is touched.
/// </summary>
internal sealed record OrderChange(
    FieldUpdate<string> FirstName,
    FieldUpdate<string> LastName,
    FieldUpdate<string?> EmailAddress,
    FieldUpdate<string?> PhoneNumber,
    FieldUpdate<string?> BusinessName,
    FieldUpdate<string?> LoyaltyId,
    FieldUpdate<string?> StoreNumber,
    FieldUpdate<string?> AssociateId,
    AddressChange? BillTo,
    AddressChange? ShipTo,
    IReadOnlyList<ItemChange> Items)
{
    private static readonly string[] BodyFields = ["order"];

    private static readonly string[] Fields =
    [
        "number", "firstName", "lastName", "emailAddress", "phoneNumber", "businessName", "loyaltyId", "storeNumber",
        "associateId", "billTo", "shipTo", "item",
    ];

    public static OrderChange Read(ApiRequest request, Order order)
    {
        var body = request.Body(BodyFields).RequiredObject("order", Fields);
        var number = body.ForUpdate("number", body.RequiredString);
        if (number.IsGiven && number.Value != order.Number)
        {
            throw ApiException.BadRequest($"order.number '{number.Value}' is not the number of order {order.Number}: an order's number cannot change");
        }

        if (body.Count == (number.IsGiven ? 1 : 0))
        {
            throw ApiException.BadRequest($"Nothing to update: send at least one of {string.Join(", ", Fields.Skip(1))} in order");
        }

        return new OrderChange(
            body.ForUpdate("firstName", body.RequiredString),
            body.ForUpdate("lastName", body.RequiredString),
            body.ForUpdate("emailAddress", body.OptionalEmail),
            body.ForUpdate("phoneNumber", body.OptionalString),
            body.ForUpdate("businessName", body.OptionalString),
            body.ForUpdate("loyaltyId", body.OptionalString),
            body.ForUpdate("storeNumber", body.OptionalString),
            body.ForUpdate("associateId", body.OptionalString),
            AddressChange.Read(body, "billTo"),
            AddressChange.Read(body, "shipTo"),
            body.KindOf("item") == JsonValueKind.Undefined ? [] : ItemChange.ReadAll(body.RequiredArray("item")));
    }

    /// <exception cref="ApiException">404: an item's line number is not on the order; 400: a returned item is not returnable.</exception>
    public Order ApplyTo(Order order, DateTimeOffset now)
    {
        var items = order.Items.ToList();
        foreach (var change in Items)
        {
            var index = items.FindIndex(item => item.LineNumber == change.LineNumber);
            if (index < 0)
            {
                throw OrderRoute.ItemNotFound(order, $"item on line {change.LineNumber}, which {change.Place} names");
            }

            items[index] = change.ApplyTo(items[index], now);
        }

        var changed = order with
        {
            FirstName = FirstName.Or(order.FirstName),
            LastName = LastName.Or(order.LastName),
            EmailAddress = EmailAddress.Or(order.EmailAddress),
            PhoneNumber = PhoneNumber.Or(order.PhoneNumber),
            BusinessName = BusinessName.Or(order.BusinessName),
            LoyaltyId = LoyaltyId.Or(order.LoyaltyId),
            StoreNumber = StoreNumber.Or(order.StoreNumber),
            AssociateId = AssociateId.Or(order.AssociateId),
            BillTo = BillTo is null ? order.BillTo : BillTo.ApplyTo(order.BillTo),
            ShipTo = ShipTo is null ? order.ShipTo : ShipTo.ApplyTo(order.ShipTo),
            Items = items,
            UpdatedOn = now,
        };
        return Items.Count == 0 ? changed : OrderPayments.Settle(changed);
    }
}
