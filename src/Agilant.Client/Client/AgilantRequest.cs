using System;
using Agilant.Client.Http;

namespace Agilant.Client
{
    /// <summary>
    /// A call as it would go on the wire, less the headers that sign it: method, route and JSON body. The typed clients
    /// send only requests built by their own <c>...Request</c> methods, so what -WhatIf shows of one is what the call sends.
    /// </summary>
    public sealed class AgilantRequest
    {
        internal AgilantRequest(ApiCall call) => Call = call;

        /// <summary>GET, POST, PUT or DELETE.</summary>
        public string Method => Call.Method.Method;

        /// <summary>The path, each id in it escaped as one segment, e.g. /account/a%2Fb.</summary>
        public string Route => Call.Route;

        /// <summary>The JSON text sent; null when the call has no body.</summary>
        public string? Body => Call.JsonBody;

        internal ApiCall Call { get; }

        /// <summary>The method and where it goes: the whole address when the base URI is known, else the route alone.</summary>
        public string RequestLine(Uri? baseUri) =>
            Method + " " + (baseUri is null ? Route : ApiTransport.Root(baseUri) + Route);

        /// <summary>The request line, then the body (if any) as it is sent, on the next line.</summary>
        public string Describe(Uri? baseUri) =>
            Body is null ? RequestLine(baseUri) : RequestLine(baseUri) + Environment.NewLine + Body;
    }
}
