using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Json;

namespace Agilant.Client.Raw
{
    /// <summary>Any method and route, signed like every other call: for what the typed clients do not cover.</summary>
    public sealed class RawClient
    {
        private readonly ApiTransport transport;

        internal RawClient(ApiTransport transport) => this.transport = transport;

        /// <summary>Sends the call and returns the whole answer as plain values (see JsonTree).</summary>
        /// <param name="method">GET, POST, PUT or DELETE.</param>
        /// <param name="route">The path and query as the API documents it, already escaped, e.g. /ticket/12345678.</param>
        /// <param name="body">JSON text sent as it is, or any other value serialised to JSON; null for no body.</param>
        /// <param name="api">The API the route belongs to; inferred from the route when null.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        public async Task<object?> SendAsync(string method, string route, object? body, AgilantApi? api, CancellationToken cancellationToken) =>
            await transport.SendAsync(Request(method, route, body, api).Call, answer => JsonTree.ToPlain(answer.Parse()), cancellationToken).ConfigureAwait(false);

        /// <summary>The call <see cref="SendAsync"/> makes of these arguments, built without sending it.</summary>
        public static AgilantRequest Request(string method, string route, object? body, AgilantApi? api)
        {
            if (string.IsNullOrWhiteSpace(method))
            {
                throw new ArgumentException("A method is required, e.g. GET.", nameof(method));
            }

            if (string.IsNullOrWhiteSpace(route) || route[0] != '/' || route.StartsWith("//", StringComparison.Ordinal))
            {
                throw new ArgumentException($"The route '{route}' must be a path on the API host that starts with one '/', e.g. /ticket/12345678.", nameof(route));
            }

            string? json = body is null ? null : body as string ?? PlainJson.Serialize(body);
            return new AgilantRequest(new ApiCall(new HttpMethod(method.ToUpperInvariant()), route, api ?? ApiRoutes.Infer(route), json));
        }
    }
}
