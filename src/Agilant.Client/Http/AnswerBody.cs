using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Client.Json;

namespace Agilant.Client.Http
{
    /// <summary>
    /// An answer's bytes, copied from the buffered content into an array lent by the shared pool rather than into a new
    /// array for every call. Whatever is read from them must be read before this is disposed, which gives the array back.
    /// </summary>
    internal readonly struct AnswerBody : IDisposable
    {
        private readonly byte[]? lent;

        private AnswerBody(byte[]? lent, ReadOnlyMemory<byte> bytes)
        {
            this.lent = lent;
            Bytes = bytes;
        }

        /// <summary>The answer as sent, without a UTF-8 byte order mark.</summary>
        public ReadOnlyMemory<byte> Bytes { get; }

        public static async Task<AnswerBody> ReadAsync(HttpContent? content)
        {
            if (content is null)
            {
                return default;
            }

            Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            if (!stream.CanSeek)
            {
                using (var whole = new MemoryStream())
                {
                    await stream.CopyToAsync(whole).ConfigureAwait(false);
                    return new AnswerBody(null, EnvelopeReader.WithoutBom(whole.ToArray()));
                }
            }

            // Buffered content: the bytes are in memory already, and its stream may have been read before.
            stream.Position = 0;
            int length = checked((int)stream.Length);
            byte[] lent = ArrayPool<byte>.Shared.Rent(length);
            int filled = 0;
            int read;
            while (filled < length && (read = stream.Read(lent, filled, length - filled)) > 0)
            {
                filled += read;
            }

            return new AnswerBody(lent, EnvelopeReader.WithoutBom(new ReadOnlyMemory<byte>(lent, 0, filled)));
        }

        public void Dispose()
        {
            if (lent is not null)
            {
                ArrayPool<byte>.Shared.Return(lent);
            }
        }
    }
}
