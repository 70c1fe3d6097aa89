using System.Collections.Generic;
using System.Linq;

namespace Agilant.Emulator.Routing;

/// <summary>
/// Which of the APIs that answer on one path a request is meant for. Most paths belong to one API; GET /order/{n}
/// belongs to two (erratum 1), told apart by the Version header: a value names the API that requires it, no header
/// names the API that takes none.
/// </summary>
internal static class ApiChoice
{
    /// <returns>The one API of a single-API path whatever the headers, else the API the headers name; null when they name none.</returns>
    public static ApiProfile? Find(IReadOnlyCollection<ApiProfile> apis, IReadOnlyDictionary<string, string> requestHeaders)
    {
        if (apis.Count == 1)
        {
            return apis.First();
        }

        return requestHeaders.TryGetValue("Version", out var sent)
            ? apis.FirstOrDefault(api => api.Version == sent)
            : apis.FirstOrDefault(api => api.Version is null);
    }

    /// <summary>How to reach each API, for the 400 that a Version header naming none of them gets.</summary>
    public static string Describe(IEnumerable<ApiProfile> apis) =>
        string.Join(", or ", apis.Select(api => api.Version is null
            ? $"as the {api.Name} without a Version header"
            : $"as the {api.Name} with the header Version: {api.Version}"));
}
