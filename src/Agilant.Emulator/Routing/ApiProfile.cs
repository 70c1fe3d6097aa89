using System.Collections.Generic;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Routing;

/// <summary>
/// What sets one Agilant API apart on the wire. Every route belongs to an API (GET /order/{n} to two, see
/// <see cref="ApiChoice"/>), and the dispatcher asks the request's API how to answer: the Ticketing and Order APIs
/// send "error": "" on success, the Account Management API sends null; the Account Management API also requires a
/// Version header and echoes it on every answer.
/// </summary>
/// <param name="Version">The value the Version header must have, exactly; null when the API takes no Version header.</param>
internal sealed record ApiProfile(string Name, string? ErrorOnSuccess, string? Version)
{
    public IReadOnlyDictionary<string, string> ResponseHeaders =>
        Version is null ? EmulatorResponse.NoHeaders : new Dictionary<string, string> { ["Version"] = Version };

    /// <exception cref="ApiException">400: the API requires a Version header, and it is missing or has another value.</exception>
    public void RequireVersion(IReadOnlyDictionary<string, string> requestHeaders)
    {
        if (Version is null)
        {
            return;
        }

        if (!requestHeaders.TryGetValue("Version", out var sent))
        {
            throw ApiException.BadRequest($"The Version header is required by the {Name} and must be {Version}");
        }

        if (sent != Version)
        {
            throw ApiException.BadRequest($"The Version header is required by the {Name} and must be {Version}, not '{sent}'");
        }
    }
}
