using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Agilant.Emulator.Json;

/// <summary>
/// An array field of a request object, whose elements are objects read one at a time, in order, so that the
/// first problem a 400 names is the first in the body. Each element knows its place, such as "account[3]".
/// </summary>
internal sealed class JsonArrayReader
{
    private readonly JsonElement[] elements;
    private readonly string place;

    public JsonArrayReader(JsonElement array, string place)
    {
        elements = [.. array.EnumerateArray()];
        this.place = place;
    }

    public int Count => elements.Length;

    /// <summary>Each element as an object with these fields; an element that is not an object is a 400 when its turn comes.</summary>
    public IEnumerable<JsonObjectReader> Objects(IReadOnlyList<string> knownFields) =>
        elements.Select((element, index) => new JsonObjectReader(element, knownFields, $"{place}[{index}]"));
}
