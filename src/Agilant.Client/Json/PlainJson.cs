using System.Text.Json;

namespace Agilant.Client.Json
{
    /// <summary>JSON text of plain values: dictionaries with string keys, sequences, strings, numbers, booleans, dates and nulls.</summary>
    public static class PlainJson
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static string Serialize(object? plain) => JsonSerializer.Serialize(plain, Options);
    }
}
