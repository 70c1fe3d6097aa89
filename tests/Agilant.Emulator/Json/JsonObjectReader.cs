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
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> fields = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, IReadOnlyList<string> knownFields)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!knownFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw ApiException.BadRequest(UnknownFieldMessage(property.Name, knownFields));
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw ApiException.BadRequest($"duplicate field '{property.Name}'");
            }
        }
    }

    public bool IsEmpty => fields.Count == 0;

    public string RequiredString(string name) =>
        fields.TryGetValue(name, out var value) ? NonEmptyString(name, value) : throw Required(name);

    /// <summary>An absent field and an explicit null both read as null.</summary>
    public string? OptionalString(string name) =>
        fields.TryGetValue(name, out var value) ? NullableString(name, value) : null;

    public string RequiredEmail(string name) =>
        fields.TryGetValue(name, out var value) ? Email(name, value) : throw Required(name);

    public string? OptionalEnum(string name, IReadOnlyList<string> allowed) =>
        fields.TryGetValue(name, out var value) ? EnumValue(name, value, allowed) : null;

    public DateTimeOffset? OptionalDateTime(string name) =>
        fields.TryGetValue(name, out var value) ? DateTime(name, value) : null;

    // The "...Or" readers serve partial updates: an absent field keeps the current value.

    public string StringOr(string name, string current) =>
        fields.TryGetValue(name, out var value) ? NonEmptyString(name, value) : current;

    /// <summary>An explicit null clears the value.</summary>
    public string? NullableStringOr(string name, string? current) =>
        fields.TryGetValue(name, out var value) ? NullableString(name, value) : current;

    public string EmailOr(string name, string current) =>
        fields.TryGetValue(name, out var value) ? Email(name, value) : current;

    public string EnumOr(string name, IReadOnlyList<string> allowed, string current) =>
        fields.TryGetValue(name, out var value) ? EnumValue(name, value, allowed) : current;

    private static string NonEmptyString(string name, JsonElement value)
    {
        var text = NullableString(name, value) ?? throw ApiException.BadRequest($"{name} cannot be null");
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

    private static ApiException Required(string name) => ApiException.BadRequest($"{name} is required");

    private static ApiException WrongType(string name, string expected, JsonElement value) =>
        ApiException.BadRequest($"{name} must be {expected}, not {JsonKinds.Describe(value.ValueKind)}");

    private static string UnknownFieldMessage(string name, IReadOnlyList<string> knownFields)
    {
        var sameLetters = knownFields.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
        return sameLetters is null
            ? $"unknown field '{name}' (the fields are: {string.Join(", ", knownFields)})"
            : $"unknown field '{name}' (did you mean '{sameLetters}'?)";
    }
}
