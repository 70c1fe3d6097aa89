using System;
using System.Collections.Generic;
using System.Linq;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Routing;

/// <summary>The routes of every API the emulator serves; filled at startup, read-only while serving.</summary>
internal sealed class RouteTable
{
    private readonly List<Route> routes = [];

    public void Map(ApiProfile api, string method, string template, RequestBody body, RouteHandler handler) =>
        Map([api], method, template, body, handler);

    /// <summary>Maps one route that several APIs answer, told apart by their Version headers, which must differ.</summary>
    public void Map(IReadOnlyList<ApiProfile> apis, string method, string template, RequestBody body, RouteHandler handler)
    {
        if (apis.Count == 0)
        {
            throw new ArgumentException($"{method} {template} needs an API to answer it.", nameof(apis));
        }

        if (apis.Select(api => api.Version).Distinct().Count() != apis.Count)
        {
            throw new ArgumentException($"The APIs of {method} {template} cannot be told apart: each needs its own Version header, or none.", nameof(apis));
        }

        if (routes.Any(route => route.Method == method && route.Template.Text == template))
        {
            throw new InvalidOperationException($"{method} {template} is mapped twice.");
        }

        routes.Add(new Route(apis, method, RouteTemplate.Parse(template), body, handler));
    }

    /// <summary>
    /// The API a request on this path is for, whatever else is wrong with it; null when no route has the path or its
    /// headers name none of the path's APIs. It is known before the request is checked, so that every answer on an API's
    /// paths carries that API's headers, a 401 or a 405 too. The routes of the request's method decide, if there are any.
    /// </summary>
    public ApiProfile? ApiOf(string method, RequestTarget target, IReadOnlyDictionary<string, string> requestHeaders)
    {
        var onPath = routes.Where(route => route.Template.Match(target.Segments) is not null).ToList();
        var ofMethod = onPath.Where(route => route.Method == method).ToList();
        var apis = (ofMethod.Count > 0 ? ofMethod : onPath).SelectMany(route => route.Apis).Distinct().ToList();
        return apis.Count == 0 ? null : ApiChoice.Find(apis, requestHeaders);
    }

    /// <summary>Finds the route for a request, or throws the 404 (no route has this path) or 405 (none has this method).</summary>
    public (Route Route, IReadOnlyDictionary<string, string> Values) Resolve(string method, RequestTarget target)
    {
        var candidates = routes
            .Select(route => (Route: route, Values: route.Template.Match(target.Segments)))
            .Where(candidate => candidate.Values is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            throw ApiException.NotFound($"No route matches {method} {target.Path}");
        }

        foreach (var (route, values) in candidates)
        {
            if (route.Method == method)
            {
                return (route, values!);
            }
        }

        var allowed = candidates.Select(candidate => candidate.Route.Method).Distinct().ToList();
        throw new ApiException(
            405,
            $"{method} is not allowed on {candidates[0].Route.Template.Text}; use {string.Join(" or ", allowed)}",
            new Dictionary<string, string> { ["Allow"] = string.Join(", ", allowed) });
    }
}
