using System;
using System.Collections.Generic;
using System.Text.Json;
using Agilant.Emulator.Json;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Http;

/// <summary>
/// What a route handler sees: the API the request is for (which tells the shapes apart on a route of two APIs), the
/// decoded route values, the body object (for routes that take one) and the server's now.
/// </summary>
internal sealed class ApiRequest(ApiProfile api, IReadOnlyDictionary<string, string> routeValues, JsonElement? body, DateTimeOffset now)
{
    public ApiProfile Api { get; } = api;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The server's date, in UTC: the date an account created now has.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public string RouteValue(string name) => routeValues[name];

    public JsonObjectReader Body(IReadOnlyList<string> knownFields) =>
        new(body ?? throw new InvalidOperationException("This route was mapped without a request body."), knownFields);
}
