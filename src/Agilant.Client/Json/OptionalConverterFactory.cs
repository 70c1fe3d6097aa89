using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agilant.Client.Json
{
    /// <summary>Writes a set Optional as its value, null included; unset ones never get here (see OptionalProperties).</summary>
    internal sealed class OptionalConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

        private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
        {
            [MethodImpl(HotPath.Optimized)]
            public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                new Optional<T>(JsonSerializer.Deserialize<T>(ref reader, options)!);

            [MethodImpl(HotPath.Optimized)]
            public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.Value, options);
        }
    }
}
