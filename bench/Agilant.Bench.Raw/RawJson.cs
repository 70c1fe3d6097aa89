using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agilant.Bench.Raw;

/// <summary>The APIs' wire format as a hand-written client would set it: camelCase, nulls left out.</summary>
public static class RawJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
