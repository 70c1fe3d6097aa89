using System;
using System.Net.Http.Headers;

namespace Agilant.Emulator.Http;

/// <summary>The documents require Content-Type: application/json; a request that carries a body must say so.</summary>
internal static class JsonContentType
{
    public const string MediaType = "application/json";

    public static void RequireFor(IncomingRequest request)
    {
        if (request.Body.Length == 0)
        {
            return;
        }

        if (!request.Headers.TryGetValue("Content-Type", out var value))
        {
            throw ApiException.BadRequest($"A request with a body must have the header Content-Type: {MediaType}");
        }

        if (!MediaTypeHeaderValue.TryParse(value, out var parsed)
            || !string.Equals(parsed.MediaType, MediaType, StringComparison.OrdinalIgnoreCase)
            || (parsed.CharSet is { } charset && !IsUtf8(charset)))
        {
            throw ApiException.BadRequest($"Content-Type must be {MediaType}, not '{value}'");
        }
    }

    private static bool IsUtf8(string charset) => charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
