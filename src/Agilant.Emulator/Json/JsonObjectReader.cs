using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Json;

/// <summary>
/// Reads the fields of one request object strictly: an unknown or repeated field name, a wrong JSON type,
/// an empty required string or a value outside an enumeration is a 400 that names the field.
/// The strictness is the point: it is how the emulator catches a client that sends the wrong names or types.
/// An object nested in the body knows its place ("account[3]"), and names its fields with it ("account[3].emailAddress").
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> fields = new(StringComparer.Ordinal);
    private readonly string? place;

    /// <param name="place">Where the object is in the body; null for the body itself.</param>
    public JsonObjectReader(JsonElement element, IReadOnlyList<string> knownFields, string? place = null)
    {
        this.place = place;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(place ?? "The request body", "an object", element);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!knownFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw ApiException.BadRequest(UnknownFieldMessage(PathOf(property.Name), property.Name, knownFields));
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw ApiException.BadRequest($"duplicate field '{PathOf(property.Name)}'");
            }
        }
    }

    /// <summary>Where the object is in the body, such as "order.item[1]"; null for the body itself.</summary>
    public string? Place => place;

    public bool IsEmpty => fields.Count == 0;

    public int Count => fields.Count;

    /// <summary>The field's name as error messages give it: with the object's place in the body.</summary>
    public string PathOf(string name) => place is null ? name : $"{place}.{name}";

    /// <summary>The JSON kind of a field's value; <see cref="JsonValueKind.Undefined"/> when the field is absent.</summary>
    public JsonValueKind KindOf(string name) => fields.TryGetValue(name, out var value) ? value.ValueKind : JsonValueKind.Undefined;

    public string RequiredString(string name) =>
        fields.TryGetValue(name, out var value) ? NonEmptyString(PathOf(name), value) : throw Required(PathOf(name));

    /// <summary>An absent field and an explicit null both read as null.</summary>
    public string? OptionalString(string name) =>
        fields.TryGetValue(name, out var value) ? NullableString(PathOf(name), value) : null;

    public string RequiredEmail(string name) =>
        fields.TryGetValue(name, out var value) ? Email(PathOf(name), value) : throw Required(PathOf(name));

    /// <summary>An absent field and an explicit null both read as null; any other value must be an e-mail address.</summary>
    public string? OptionalEmail(string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? Email(PathOf(name), value) : null;

    public bool RequiredBoolean(string name) =>
        fields.TryGetValue(name, out var value) ? Boolean(PathOf(name), value) : throw Required(PathOf(name));

    public string? OptionalEnum(string name, IReadOnlyList<string> allowed) =>
        fields.TryGetValue(name, out var value) ? EnumValue(PathOf(name), value, allowed) : null;

    public DateTimeOffset? OptionalDateTime(string name) =>
        fields.TryGetValue(name, out var value) ? DateTime(PathOf(name), value) : null;

    /// <summary>A "Date" field: a string as yyyy-MM-dd.</summary>
    public DateOnly RequiredDate(string name) =>
        fields.TryGetValue(name, out var value) ? Date(PathOf(name), value) : throw Required(PathOf(name));

    /// <summary>An absent field and an explicit null both read as null.</summary>
    public DateOnly? OptionalDate(string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? Date(PathOf(name), value) : null;

    public int RequiredPositiveInteger(string name) =>
        fields.TryGetValue(name, out var value) ? PositiveInteger(PathOf(name), value) : throw Required(PathOf(name));

    /// <summary>An absent field and an explicit null both read as null.</summary>
    public int? OptionalPositiveInteger(string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? PositiveInteger(PathOf(name), value) : null;

    public JsonObjectReader RequiredObject(string name, IReadOnlyList<string> knownFields) =>
        fields.TryGetValue(name, out var value) ? new JsonObjectReader(value, knownFields, PathOf(name)) : throw Required(PathOf(name));

    public JsonArrayReader RequiredArray(string name) =>
        fields.TryGetValue(name, out var value) ? Array(PathOf(name), value) : throw Required(PathOf(name));

    /// <summary>An absent field and an explicit null both read as null.</summary>
    public JsonArrayReader? OptionalArray(string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? Array(PathOf(name), value) : null;

    /// <summary>
    /// A field of a partial update, read now with <paramref name="read"/> (so that every field is checked before
    /// anything is looked up or changed) when present; an absent field keeps the current value.
    /// </summary>
    public FieldUpdate<T> ForUpdate<T>(string name, Func<string, T> read) =>
        fields.ContainsKey(name) ? new FieldUpdate<T>(IsGiven: true, read(name)) : default;

    // The "...Or" readers serve partial updates: an absent field keeps the current value.

    public string StringOr(string name, string current) =>
        fields.TryGetValue(name, out var value) ? NonEmptyString(PathOf(name), value) : current;

    /// <summary>An explicit null clears the value.</summary>
    public string? NullableStringOr(string name, string? current) =>
        fields.TryGetValue(name, out var value) ? NullableString(PathOf(name), value) : current;

    public string EmailOr(string name, string current) =>
        fields.TryGetValue(name, out var value) ? Email(PathOf(name), value) : current;

    public string EnumOr(string name, IReadOnlyList<string> allowed, string current) =>
        fields.TryGetValue(name, out var value) ? EnumValue(PathOf(name), value, allowed) : current;

    private static string NonEmptyString(string name, JsonElement value)
    {
        var text = NullableString(name, value) ?? throw CannotBeNull(name);
        return string.IsNullOrWhiteSpace(text) ? throw ApiException.BadRequest($"{name} cannot be empty") : text;
    }

    private static string? NullableString(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw WrongType(name, "a string", value),
    };

    private static string Email(string name, JsonElement value)
    {
        var text = NonEmptyString(name, value);
        return EmailAddress.IsPlausible(text)
            ? text
            : throw ApiException.BadRequest($"{name} '{text}' is not a valid email address");
    }

    private static string EnumValue(string name, JsonElement value, IReadOnlyList<string> allowed)
    {
        var choices = string.Join(", ", allowed);
        return value.ValueKind switch
        {
            JsonValueKind.String when allowed.Contains(value.GetString(), StringComparer.Ordinal) => value.GetString()!,
            JsonValueKind.String => throw ApiException.BadRequest($"{name} must be one of {choices}, not '{value.GetString()}'"),
            JsonValueKind.Null => throw ApiException.BadRequest($"{name} cannot be null; it must be one of {choices}"),
            _ => throw WrongType(name, $"a string, one of {choices}", value),
        };
    }

    private static DateTimeOffset DateTime(string name, JsonElement value)
    {
        var text = NonEmptyString(name, value);
        return Iso8601.TryParseDateTime(text, out var parsed)
            ? Iso8601.TruncateToSeconds(parsed)
            : throw ApiException.BadRequest(
                $"{name} must be an ISO 8601 date/time with an offset, such as {Iso8601.Example}, not '{text}'");
    }

    private static DateOnly Date(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when IsoDate.TryParse(value.GetString()!, out var date) => date,
        JsonValueKind.String => throw ApiException.BadRequest($"{name} must be a date as {IsoDate.Pattern}, not '{value.GetString()}'"),
        JsonValueKind.Null => throw CannotBeNull(name),
        _ => throw WrongType(name, $"a string, a date as {IsoDate.Pattern}", value),
    };

    private static int PositiveInteger(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var number) && number > 0 => number,
        JsonValueKind.Number => throw ApiException.BadRequest($"{name} must be a positive integer, not {value.GetRawText()}"),
        JsonValueKind.Null => throw CannotBeNull(name),
        _ => throw WrongType(name, "an integer", value),
    };

    private static bool Boolean(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => throw CannotBeNull(name),
        _ => throw WrongType(name, "a boolean, true or false", value),
    };

    private static JsonArrayReader Array(string name, JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? new JsonArrayReader(value, name) : throw WrongType(name, "an array", value);

    private static ApiException Required(string name) => ApiException.BadRequest($"{name} is required");

    private static ApiException CannotBeNull(string name) => ApiException.BadRequest($"{name} cannot be null");

    private static ApiException WrongType(string name, string expected, JsonElement value) =>
        ApiException.BadRequest($"{name} must be {expected}, not {JsonKinds.Describe(value.ValueKind)}");

    private static string UnknownFieldMessage(string path, string name, IReadOnlyList<string> knownFields)
    {
        // The likely slips: the wrong case, or a plural where the documents use the singular ("services" for "service"),
        // as a client whose own models have plural collections may send.
        var meant = knownFields.FirstOrDefault(known =>
            string.Equals(known, name, StringComparison.OrdinalIgnoreCase) || string.Equals(known + "s", name, StringComparison.OrdinalIgnoreCase));
        return meant is null
            ? $"unknown field '{path}' (the fields are: {string.Join(", ", knownFields)})"
            : $"unknown field '{path}' (did you mean '{meant}'?)";
    }
}
