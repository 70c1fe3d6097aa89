using System.Collections.Generic;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Routing;

internal delegate ApiResult RouteHandler(ApiRequest request);

/// <param name="Apis">The APIs that answer on this route: one, or several with different Version headers (see <see cref="ApiChoice"/>).</param>
internal sealed record Route(IReadOnlyList<ApiProfile> Apis, string Method, RouteTemplate Template, RequestBody Body, RouteHandler Handler)
{
    /// <summary>The API this request is for; a route of one API takes every request, and its Version is checked after.</summary>
    /// <exception cref="ApiException">400: the route serves several APIs and the Version header names none of them.</exception>
    public ApiProfile ApiFor(IReadOnlyDictionary<string, string> requestHeaders)
    {
        if (ApiChoice.Find(Apis, requestHeaders) is { } api)
        {
            return api;
        }

        var sent = requestHeaders.TryGetValue("Version", out var version) ? $"not with Version '{version}'" : "not without a Version header";
        throw ApiException.BadRequest($"{Method} {Template.Text} answers {ApiChoice.Describe(Apis)}; {sent}");
    }
}
