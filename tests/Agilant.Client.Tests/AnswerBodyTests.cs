using System;
using System.IO;
using System.Threading.Tasks;
using System.Net.Http;
using System.Text;
using Agilant.Client.Http;

namespace Agilant.Client.Tests;

/// <summary>An answer's bytes as the transport reads them: from the buffered content, or as they come when not buffered.</summary>
public class AnswerBodyTests
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("""{"success":true,"error":"","ticketNumber":5}""");

    [Fact]
    public async Task Reads_buffered_content_whole_even_after_its_stream_was_read()
    {
        using var content = new ByteArrayContent(Answer);
        await content.LoadIntoBufferAsync();
        Stream earlier = await content.ReadAsStreamAsync();
        earlier.CopyTo(Stream.Null);

        using AnswerBody body = await AnswerBody.ReadAsync(content);

        Assert.Equal(Answer, body.Bytes.ToArray());
    }

    [Fact]
    public async Task Leaves_out_a_byte_order_mark()
    {
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Answer]);
        await content.LoadIntoBufferAsync();

        using AnswerBody body = await AnswerBody.ReadAsync(content);

        Assert.Equal(Answer, body.Bytes.ToArray());
    }

    [Fact]
    public async Task Reads_content_that_is_not_buffered()
    {
        using var content = new StreamContent(new OneWayStream(Answer));

        using AnswerBody body = await AnswerBody.ReadAsync(content);

        Assert.Equal(Answer, body.Bytes.ToArray());
    }

    [Fact]
    public async Task No_content_is_no_bytes()
    {
        using AnswerBody body = await AnswerBody.ReadAsync(null);

        Assert.True(body.Bytes.IsEmpty);
    }

    /// <summary>A stream that can only be read forwards, in small pieces, as a network stream is.</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, 7), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
