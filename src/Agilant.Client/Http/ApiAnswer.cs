using System.Text.Json;
using Agilant.Client.Json;

namespace Agilant.Client.Http
{
    /// <summary>A successful envelope, and the call it answers.</summary>
    internal readonly struct ApiAnswer
    {
        public ApiAnswer(ApiCall call, JsonElement body)
        {
            Call = call;
            Body = body;
        }

        public ApiCall Call { get; }

        public JsonElement Body { get; }

        /// <summary>Reads the whole answer, for the APIs that put their payload beside success and error.</summary>
        public T ReadWhole<T>()
        {
            try
            {
                return Body.Deserialize<T>(AgilantJson.Options)!;
            }
            catch (JsonException unreadable)
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its answer could not be read: {unreadable.Message}", unreadable);
            }
        }

        /// <summary>Reads the named payload, e.g. "ticket" or "ticketNumber".</summary>
        public T Read<T>(string name)
        {
            if (Body.ValueKind != JsonValueKind.Object
                || !Body.TryGetProperty(name, out JsonElement payload)
                || payload.ValueKind == JsonValueKind.Null)
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its answer has no '{name}'");
            }

            try
            {
                return payload.Deserialize<T>(AgilantJson.Options)!;
            }
            catch (JsonException unreadable)
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its '{name}' could not be read: {unreadable.Message}", unreadable);
            }
        }
    }
}
