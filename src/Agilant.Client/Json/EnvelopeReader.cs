using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Agilant.Client.Json
{
    /// <summary>
    /// Reads an answer straight from its UTF-8 bytes, without building a document: whether it is JSON at all, its
    /// envelope's "success" and "error", and where each payload lies, so that a payload is deserialized once.
    /// </summary>
    internal static class EnvelopeReader
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        /// <summary>The bytes without a leading UTF-8 byte order mark, which the JSON reader does not expect.</summary>
        public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) =>
            bytes.Span.StartsWith(Utf8Bom) ? bytes.Slice(Utf8Bom.Length) : bytes;

        public static bool IsBlank(ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The envelope of an answer, or null when the bytes are not one well-formed JSON value. An answer that is JSON but
        /// not an object (an array, a number) has an envelope with no values, that does not say it failed.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static Envelope? Read(ReadOnlySpan<byte> json)
        {
            bool failed = false;
            string? error = null;
            var values = new List<(string Name, int Start, int Length)>(4);
            var reader = new Utf8JsonReader(json);
            try
            {
                if (!reader.Read())
                {
                    return null;
                }

                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        string name = reader.GetString()!;
                        reader.Read();
                        if (name == "success")
                        {
                            failed = reader.TokenType == JsonTokenType.False;
                        }
                        else if (name == "error" && reader.TokenType == JsonTokenType.String)
                        {
                            string? text = reader.GetString();
                            error = string.IsNullOrWhiteSpace(text) ? null : text;
                        }

                        int start = (int)reader.TokenStartIndex;
                        bool isNull = reader.TokenType == JsonTokenType.Null;
                        reader.Skip();
                        values.Add((name, start, isNull ? 0 : (int)reader.BytesConsumed - start));
                    }
                }
                else
                {
                    reader.Skip();
                }

                return reader.Read() ? null : new Envelope(failed, error, values);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
