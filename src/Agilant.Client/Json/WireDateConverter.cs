using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agilant.Client.Json
{
    /// <summary>
    /// "Date" fields travel as yyyy-MM-dd. Every DateTime in the models is such a date: "Date/Time" fields are
    /// DateTimeOffset. Reading also takes a full timestamp and keeps its date, should the API send one.
    /// </summary>
    internal sealed class WireDateConverter : JsonConverter<DateTime>
    {
        [MethodImpl(HotPath.Optimized)]
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.GetString();
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return date;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset stamp))
            {
                return stamp.Date;
            }

            throw new JsonException($"'{text}' is not a date.");
        }

        [MethodImpl(HotPath.Optimized)]
        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
