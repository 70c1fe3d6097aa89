using System.Linq;
using System.Text.Json;

namespace Agilant.Emulator.Tests.Support;

/// <summary>The structure of a JSON value, field names in order and value kinds, without the values.</summary>
internal static class JsonShape
{
    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Of(document.RootElement);
    }

    public static string Of(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(property => $"{property.Name}:{Of(property.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join("|", element.EnumerateArray().Select(Of).Distinct()) + "]",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
