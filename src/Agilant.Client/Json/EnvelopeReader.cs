using System;
using System.Text.Json;

namespace Agilant.Client.Json
{
    /// <summary>
    /// Reads an answer straight from its UTF-8 bytes, without building a document: whether it is JSON at all, its
    /// envelope's "success" and "error", and where a named payload lies, so that the payload is deserialized once.
    /// </summary>
    internal static class EnvelopeReader
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        /// <summary>The bytes without a leading UTF-8 byte order mark, which the JSON reader does not expect.</summary>
        public static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
            bytes.AsSpan().StartsWith(Utf8Bom) ? new ReadOnlyMemory<byte>(bytes, Utf8Bom.Length, bytes.Length - Utf8Bom.Length) : bytes;

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

        /// <summary>Whether the bytes are one well-formed JSON value; for an object, its "success" (false only when it says false) and "error".</summary>
        /// <param name="failed">The envelope says "success": false.</param>
        /// <param name="error">The envelope's error text, when it has one that is not blank.</param>
        public static bool TryRead(ReadOnlySpan<byte> json, out bool failed, out string? error)
        {
            failed = false;
            error = null;
            var reader = new Utf8JsonReader(json);
            try
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        bool isSuccess = reader.ValueTextEquals("success");
                        bool isError = !isSuccess && reader.ValueTextEquals("error");
                        reader.Read();
                        if (isSuccess)
                        {
                            failed = reader.TokenType == JsonTokenType.False;
                        }
                        else if (isError && reader.TokenType == JsonTokenType.String)
                        {
                            string? text = reader.GetString();
                            error = string.IsNullOrWhiteSpace(text) ? null : text;
                        }

                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }

                return !reader.Read();
            }
            catch (JsonException)
            {
                failed = false;
                error = null;
                return false;
            }
        }

        /// <summary>Where the value of a top-level property lies in the bytes; false when the answer has none, or null.</summary>
        public static bool TryFind(ReadOnlySpan<byte> json, string name, out int start, out int length)
        {
            start = 0;
            length = 0;
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool wanted = reader.ValueTextEquals(name);
                reader.Read();
                if (wanted)
                {
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        return false;
                    }

                    start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    length = (int)reader.BytesConsumed - start;
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
    }
}
