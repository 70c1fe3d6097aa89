using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Agilant.Client.Json
{
    /// <summary>The wire format of all three APIs: camelCase names, absent optional fields left out, lenient reading.</summary>
    internal static class AgilantJson
    {
        public static JsonSerializerOptions Options { get; } = Create();

        private static JsonSerializerOptions Create()
        {
            var resolver = new DefaultJsonTypeInfoResolver();
            resolver.Modifiers.Add(OptionalProperties.SendOnlyWhenSet);
            return new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                // The bodies go to an API, not into HTML: apostrophes and accents travel as themselves.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                PropertyNameCaseInsensitive = true,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                NumberHandling = JsonNumberHandling.AllowReadingFromString,
                TypeInfoResolver = resolver,
                Converters =
                {
                    new LenientEnumConverterFactory(),
                    new WireDateTimeOffsetConverter(),
                    new WireDateConverter(),
                    new OptionalConverterFactory(),
                },
            };
        }
    }
}
