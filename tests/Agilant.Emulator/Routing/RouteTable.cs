using System;
using System.Collections.Generic;
using System.Linq;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Routing;

/// <summary>The routes of every API the emulator serves; filled at startup, read-only while serving.</summary>
internal sealed class RouteTable
{
    private readonly List<Route> routes = [];

    public void Map(ApiProfile api, string method, string template, RequestBody body, RouteHandler handler)
    {
        if (routes.Any(route => route.Method == method && route.Template.Text == template))
        {
            throw new InvalidOperationException($"{method} {template} is mapped twice.");
        }

        routes.Add(new Route(api, method, RouteTemplate.Parse(template), body, handler));
    }

    /// <summary>
    /// The API whose routes hold this path, whatever the method; null when no route does. It is known before the
    /// request is checked, so that every answer on an API's paths carries that API's headers, a 401 or a 405 too.
    /// </summary>
    public ApiProfile? ApiOf(RequestTarget target) =>
        routes.FirstOrDefault(route => route.Template.Match(target.Segments) is not null)?.Api;

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
