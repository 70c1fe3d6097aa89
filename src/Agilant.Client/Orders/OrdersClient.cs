using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Json;

namespace Agilant.Client.Orders
{
    /// <summary>Orders: read in either API's shape, changed and their items removed through the Account Management API.</summary>
    public sealed class OrdersClient
    {
        private readonly ApiTransport transport;

        internal OrdersClient(ApiTransport transport) => this.transport = transport;

        /// <summary>The Account Management API's order (Version 2), by order number or transaction id.</summary>
        public async Task<Order> GetAsync(string number, CancellationToken cancellationToken) =>
            await transport.SendAsync(
                new ApiCall(HttpMethod.Get, Route.Of($"/order/{number}"), AgilantApi.AccountManagement),
                answer => answer.Read<Order>("order"),
                cancellationToken).ConfigureAwait(false);

        /// <summary>The TOGa Order API's flat record of the order (no Version header), read into the same type.</summary>
        public async Task<Order> GetFlatAsync(string number, CancellationToken cancellationToken) =>
            await transport.SendAsync(
                new ApiCall(HttpMethod.Get, Route.Of($"/order/{number}"), AgilantApi.Order),
                answer => answer.ReadWhole<FlatOrder>().ToOrder(),
                cancellationToken).ConfigureAwait(false);

        public Task UpdateAsync(string number, OrderUpdate update, CancellationToken cancellationToken) =>
            transport.SendAsync(UpdateRequest(number, update).Call, cancellationToken);

        public static AgilantRequest UpdateRequest(string number, OrderUpdate update) =>
            new AgilantRequest(new ApiCall(HttpMethod.Put, Route.Of($"/order/{number}"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { order = update }, AgilantJson.Options)));

        /// <summary>Removes the item with this SKU and line number; the line number travels in the DELETE's body.</summary>
        public Task DeleteItemAsync(string number, string skuNumber, int lineNumber, CancellationToken cancellationToken) =>
            transport.SendAsync(DeleteItemRequest(number, skuNumber, lineNumber).Call, cancellationToken);

        public static AgilantRequest DeleteItemRequest(string number, string skuNumber, int lineNumber) =>
            new AgilantRequest(new ApiCall(HttpMethod.Delete, Route.Of($"/order/{number}/item/{skuNumber}"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { lineNumber }, AgilantJson.Options)));

        /// <summary>Records a diagnostic on the order (TOGa Order API). Never retried: a second POST would be a second diagnostic.</summary>
        public Task SendDiagnosticAsync(string orderNumber, NewDiagnostic diagnostic, CancellationToken cancellationToken) =>
            transport.SendAsync(SendDiagnosticRequest(orderNumber, diagnostic).Call, cancellationToken);

        public static AgilantRequest SendDiagnosticRequest(string orderNumber, NewDiagnostic diagnostic) =>
            new AgilantRequest(new ApiCall(HttpMethod.Post, Route.Of($"/order/{orderNumber}/diagnostic"), AgilantApi.Order, JsonSerializer.Serialize(diagnostic, AgilantJson.Options)));
    }
}
