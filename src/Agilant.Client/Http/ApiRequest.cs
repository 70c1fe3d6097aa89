using System;
using System.Net.Http;

namespace Agilant.Client.Http
{
    /// <summary>
    /// A request of the transport, carrying what its handler needs to know of the call (its route, whether it may be
    /// retried) and what the attempts note on it, as fields rather than entries of the request's property bag.
    /// </summary>
    internal sealed class ApiRequest : HttpRequestMessage
    {
        public ApiRequest(HttpMethod method, Uri uri, string route, bool retrySafe)
            : base(method, uri)
        {
            Route = route;
            RetrySafe = retrySafe;
        }

        /// <summary>The route as the call named it, e.g. "/ticket/10000003", for messages.</summary>
        public string Route { get; }

        /// <summary>Whether the call may be sent again after a failure that may have reached the server.</summary>
        public bool RetrySafe { get; }

        // A call's attempts run one after another, each awaiting the last, so these need no lock.

        /// <summary>The attempt under way, from 1.</summary>
        public int Attempt { get; set; } = 1;

        /// <summary>Whether an earlier attempt may have been applied though it failed (so a later answer may not be the first).</summary>
        public bool HadUncertainAttempt { get; set; }
    }
}
