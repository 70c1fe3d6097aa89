using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agilant.Client.Json
{
    /// <summary>"Date/Time" fields: ISO 8601 with an offset, to the second, as the documents show them.</summary>
    internal sealed class WireDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        [MethodImpl(HotPath.Optimized)]
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.GetString();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value))
            {
                return value;
            }

            throw new JsonException($"'{text}' is not a date and time.");
        }

        [MethodImpl(HotPath.Optimized)]
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}
