using System.Globalization;
using System.Text.Json.Nodes;
using Agilant.Emulator.Http;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>
/// "Create an Order Diagnostic" of the TOGa Order API v2.0.2: no Version header, "error": "" on success, 201 Created
/// (the document prints "201 OK", erratum 9) with the order number as an integer. Each diagnostic is kept on the order's
/// store, as sent, for tests to read.
/// </summary>
internal sealed class OrderDiagnosticsApi(OrderStore orders)
{
    private static readonly ApiProfile Profile = ApiProfiles.Order;

    private static readonly string[] Fields = ["resultCode", "windowsUpgradeEligibility", "document", "systemInformation"];

    public void MapRoutes(RouteTable routes)
    {
        routes.Map(Profile, "POST", "/order/{orderNumber}/diagnostic", RequestBody.JsonObject, AddDiagnostic);
    }

    private ApiResult AddDiagnostic(ApiRequest request)
    {
        var order = OrderRoute.FindByNumber(orders, request.RouteValue("orderNumber"));
        var body = request.Body(Fields);
        orders.AddDiagnostic(new OrderDiagnostic(
            order.Number,
            body.RequiredString("resultCode"),
            body.RequiredBoolean("windowsUpgradeEligibility"),
            DiagnosticDocument.Read(body, "document"),
            body.OptionalString("systemInformation")));
        return ApiResult.Created(new JsonObject { ["orderNumber"] = long.Parse(order.Number, CultureInfo.InvariantCulture) });
    }
}
