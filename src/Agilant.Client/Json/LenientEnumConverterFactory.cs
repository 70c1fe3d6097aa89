using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agilant.Client.Json
{
    /// <summary>
    /// Enums travel as their member names. A value this module does not know (the API may add one any day)
    /// reads as null instead of failing the whole answer.
    /// </summary>
    internal sealed class LenientEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            Nullable.GetUnderlyingType(typeToConvert)?.IsEnum == true;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(NullableEnumConverter<>).MakeGenericType(Nullable.GetUnderlyingType(typeToConvert)!))!;

        private sealed class NullableEnumConverter<TEnum> : JsonConverter<TEnum?>
            where TEnum : struct, Enum
        {
            public override bool HandleNull => true;

            [MethodImpl(HotPath.Optimized)]
            public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    return null;
                }

                string? text = reader.GetString();
                return Enum.TryParse(text, ignoreCase: true, out TEnum value) && Enum.IsDefined(typeof(TEnum), value)
                    ? value
                    : (TEnum?)null;
            }

            [MethodImpl(HotPath.Optimized)]
            public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
            {
                if (value is TEnum known)
                {
                    writer.WriteStringValue(known.ToString());
                }
                else
                {
                    writer.WriteNullValue();
                }
            }
        }
    }
}
