using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Agilant.Client.Json;

namespace Agilant.Client.Http
{
    /// <summary>A successful envelope as its bytes, and the call it answers; a payload is deserialized once, straight from them.</summary>
    internal readonly struct ApiAnswer
    {
        private readonly ReadOnlyMemory<byte> json;
        private readonly Envelope? envelope;

        /// <param name="envelope">The envelope read from <paramref name="json"/>; null for an empty answer.</param>
        public ApiAnswer(ApiCall call, ReadOnlyMemory<byte> json, Envelope? envelope)
        {
            Call = call;
            this.json = json;
            this.envelope = envelope;
        }

        public ApiCall Call { get; }

        /// <summary>Reads the whole answer, for the APIs that put their payload beside success and error.</summary>
        [MethodImpl(HotPath.Optimized)]
        public T ReadWhole<T>()
        {
            try
            {
                return JsonSerializer.Deserialize<T>(json.Span, AgilantJson.Options)!;
            }
            catch (JsonException unreadable)
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its answer could not be read: {unreadable.Message}", unreadable);
            }
        }

        /// <summary>Reads the named payload, e.g. "ticket" or "ticketNumber".</summary>
        [MethodImpl(HotPath.Optimized)]
        public T Read<T>(string name)
        {
            if (envelope is null || !envelope.TryFind(name, out int start, out int length))
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its answer has no '{name}'");
            }

            try
            {
                return JsonSerializer.Deserialize<T>(json.Span.Slice(start, length), AgilantJson.Options)!;
            }
            catch (JsonException unreadable)
            {
                throw new AgilantResponseException(Call.Method.Method, Call.Route, $"its '{name}' could not be read: {unreadable.Message}", unreadable);
            }
        }

        /// <summary>The whole answer as a JSON element (an undefined one for an empty answer), for callers that take any shape.</summary>
        public JsonElement Parse()
        {
            if (json.IsEmpty)
            {
                return default;
            }

            using (JsonDocument document = JsonDocument.Parse(json))
            {
                return document.RootElement.Clone();
            }
        }
    }
}
