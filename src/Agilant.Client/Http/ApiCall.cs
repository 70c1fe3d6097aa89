using System.Net.Http;

namespace Agilant.Client.Http
{
    /// <summary>One call to make: which API, method, escaped route and JSON body.</summary>
    internal sealed class ApiCall
    {
        public ApiCall(HttpMethod method, string route, AgilantApi? api, string? jsonBody = null)
        {
            Method = method;
            Route = route;
            Api = api;
            JsonBody = jsonBody;
            RetrySafe = method != HttpMethod.Post;
        }

        public HttpMethod Method { get; }

        public string Route { get; }

        /// <summary>The API the route belongs to; null for routes none of the documents describe.</summary>
        public AgilantApi? Api { get; }

        public string? JsonBody { get; }

        /// <summary>Whether a transient failure may be answered by sending the call again. POSTs are not, unless said so.</summary>
        public bool RetrySafe { get; set; }
    }
}
