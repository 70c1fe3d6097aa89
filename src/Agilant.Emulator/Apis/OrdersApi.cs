using System.Linq;
using System.Text.Json.Nodes;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The Orders routes of the Account Management API v2.4.1, whose GET the TOGa Order API v2.0.2 shares (erratum 1):
/// with Version: 2 it answers the whole order, found by number or transaction id; without a Version header the
/// Order API's flat record, found by number. Checks go: the order (404), the body (400), the item (404).
/// </summary>
internal sealed class OrdersApi(OrderStore orders)
{
    private static readonly ApiProfile Profile = ApiProfiles.AccountManagement;

    private static readonly string[] DeleteFields = ["lineNumber"];

    public void MapRoutes(RouteTable routes)
    {
        routes.Map([ApiProfiles.AccountManagement, ApiProfiles.Order], "GET", "/order/{number}", RequestBody.None, GetOrder);
        routes.Map(Profile, "PUT", "/order/{number}", RequestBody.JsonObject, UpdateOrder);
        routes.Map(Profile, "DELETE", "/order/{number}/item/{skuNumber}", RequestBody.JsonObject, RemoveItem);
    }

    private ApiResult GetOrder(ApiRequest request) =>
        request.Api == ApiProfiles.Order
            ? ApiResult.Ok(OrderJson.FlatRecord(OrderRoute.FindByNumber(orders, request.RouteValue("number"))))
            : ApiResult.Ok(new JsonObject { ["order"] = OrderJson.Order(OrderRoute.Find(orders, request)) });

    private ApiResult UpdateOrder(ApiRequest request)
    {
        var order = OrderRoute.Find(orders, request);
        var change = OrderChange.Read(request, order);
        orders.Update(order.Number, current => change.ApplyTo(current, Iso8601.TruncateToSeconds(request.Now)));
        return ApiResult.Ok();
    }

    /// <summary>The item is named by its SKU in the route and its line number in the body (erratum 7).</summary>
    private ApiResult RemoveItem(ApiRequest request)
    {
        var order = OrderRoute.Find(orders, request);
        var skuNumber = request.RouteValue("skuNumber");
        var lineNumber = request.Body(DeleteFields).RequiredPositiveInteger("lineNumber");
        orders.Update(order.Number, current =>
        {
            var removed = current.Items.FirstOrDefault(item => item.LineNumber == lineNumber && item.SkuNumber == skuNumber)
                          ?? throw OrderRoute.ItemNotFound(current, $"item '{skuNumber}' on line {lineNumber}");
            return OrderPayments.Settle(current with
            {
                Items = [.. current.Items.Where(item => item.LineNumber != removed.LineNumber)],
                UpdatedOn = Iso8601.TruncateToSeconds(request.Now),
            });
        });
        return ApiResult.Ok();
    }
}
