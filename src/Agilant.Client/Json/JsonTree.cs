using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Agilant.Client.Json
{
    /// <summary>Turns any JSON into plain .NET values (ordered string-keyed dictionaries, arrays, strings, numbers, bools, nulls).</summary>
    internal static class JsonTree
    {
        public static object? ToPlain(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var properties = new List<KeyValuePair<string, object?>>();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        properties.Add(new KeyValuePair<string, object?>(property.Name, ToPlain(property.Value)));
                    }

                    return properties;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(ToPlain).ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out long whole))
                    {
                        return whole;
                    }

                    return element.TryGetDecimal(out decimal exact) ? exact : element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
