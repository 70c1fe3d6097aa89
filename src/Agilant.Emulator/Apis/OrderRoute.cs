using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Apis;

/// <summary>The order that a route names: it must exist (404), before the body is read, as tickets and accounts must.</summary>
internal static class OrderRoute
{
    /// <summary>The Account Management API's way: {number} is an order number or a transaction id.</summary>
    public static Order Find(OrderStore orders, ApiRequest request)
    {
        var reference = request.RouteValue("number");
        return orders.Find(reference)
               ?? throw ApiException.NotFound($"Order '{reference}' was not found: no order has this number or transaction id");
    }

    /// <summary>The TOGa Order API's way: the route holds an order number, an integer, and nothing else.</summary>
    public static Order FindByNumber(OrderStore orders, string text)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw ApiException.NotFound($"Order '{text}' was not found: the TOGa Order API's order numbers are integers");
        }

        return orders.Get(number.ToString(CultureInfo.InvariantCulture)) ?? throw ApiException.NotFound($"Order {number} was not found");
    }

    /// <param name="what">The item that was asked for, such as "item '346346' on line 3".</param>
    public static ApiException ItemNotFound(Order order, string what) =>
        ApiException.NotFound($"Order {order.Number} has no {what} ({Describe(order.Items)})");

    // Says what the order does have, so that a wrong SKU or line number shows at once.
    private static string Describe(IReadOnlyList<OrderItem> items) =>
        items.Count == 0
            ? "it has no items"
            : "its items: " + string.Join(", ", items.Select(item => $"line {item.LineNumber} '{item.SkuNumber}'"));
}
