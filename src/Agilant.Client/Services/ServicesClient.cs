using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Json;

namespace Agilant.Client.Services
{
    /// <summary>The services of an account, in the Account Management API.</summary>
    public sealed class ServicesClient
    {
        private readonly ApiTransport transport;

        internal ServicesClient(ApiTransport transport) => this.transport = transport;

        /// <summary>Adds one service (the API takes one a call). Never retried: a second POST would be a second service.</summary>
        public Task CreateAsync(string accountId, NewService service, CancellationToken cancellationToken) =>
            transport.SendAsync(CreateRequest(accountId, service).Call, cancellationToken);

        public static AgilantRequest CreateRequest(string accountId, NewService service) =>
            new AgilantRequest(new ApiCall(HttpMethod.Post, Route.Of($"/account/{accountId}/service"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { service }, AgilantJson.Options)));

        public Task UpdateAsync(string accountId, string skuNumber, ServiceUpdate update, CancellationToken cancellationToken) =>
            transport.SendAsync(UpdateRequest(accountId, skuNumber, update).Call, cancellationToken);

        public static AgilantRequest UpdateRequest(string accountId, string skuNumber, ServiceUpdate update) =>
            new AgilantRequest(new ApiCall(HttpMethod.Put, Route.Of($"/account/{accountId}/service/{skuNumber}"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { service = update }, AgilantJson.Options)));

        /// <summary>Removes the service with this SKU and line number; the line number travels in the DELETE's body.</summary>
        public Task DeleteAsync(string accountId, string skuNumber, int lineNumber, CancellationToken cancellationToken) =>
            transport.SendAsync(DeleteRequest(accountId, skuNumber, lineNumber).Call, cancellationToken);

        public static AgilantRequest DeleteRequest(string accountId, string skuNumber, int lineNumber) =>
            new AgilantRequest(new ApiCall(HttpMethod.Delete, Route.Of($"/account/{accountId}/service/{skuNumber}"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { lineNumber }, AgilantJson.Options)));
    }
}
