using System.Text;
using Agilant.Client.Json;

namespace Agilant.Client.Tests;

/// <summary>The envelope and its payload read straight from the answer's bytes.</summary>
public class EnvelopeReaderTests
{
    [Theory]
    [InlineData("""{"success":true,"error":"","ticketNumber":5}""", false, null)]
    [InlineData("""{"success":false,"error":"Ticket not found"}""", true, "Ticket not found")]
    [InlineData("""{"error":null,"success":"false"}""", false, null)]
    [InlineData("""{"success":false,"error":{"code":3}}""", true, null)]
    [InlineData("""[1,2,3]""", false, null)]
    public void Reads_success_and_error_of_any_JSON(string json, bool failed, string? error)
    {
        Envelope? envelope = EnvelopeReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(envelope);
        Assert.Equal(failed, envelope.Failed);
        Assert.Equal(error, envelope.Error);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("""{"success":true}trailing""")]
    [InlineData("""{"success":true""")]
    [InlineData("")]
    public void Tells_what_is_not_one_JSON_value(string text)
    {
        Assert.Null(EnvelopeReader.Read(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Finds_a_payload_wherever_it_stands_and_only_at_the_top()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"ticket":{"ticketNumber":7,"replies":[{"ticketNumber":1}]},"ticketNumber":9,"success":true}""");

        Envelope envelope = EnvelopeReader.Read(json)!;

        Assert.True(envelope.TryFind("ticketNumber", out int start, out int length));
        Assert.Equal("9", Encoding.UTF8.GetString(json, start, length));
        Assert.True(envelope.TryFind("ticket", out start, out length));
        Assert.Equal("""{"ticketNumber":7,"replies":[{"ticketNumber":1}]}""", Encoding.UTF8.GetString(json, start, length));
        Assert.False(envelope.TryFind("replies", out _, out _));
        Assert.False(EnvelopeReader.Read(Encoding.UTF8.GetBytes("""{"ticket":null}"""))!.TryFind("ticket", out _, out _));
        Assert.True(EnvelopeReader.Read(Encoding.UTF8.GetBytes("""{"t\u0069cket":{"a":1}}"""))!.TryFind("ticket", out _, out _));
    }

    [Fact]
    public void A_byte_order_mark_is_left_out()
    {
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"success":false,"error":"x"}""")];

        var json = EnvelopeReader.WithoutBom(withMark);

        Envelope? envelope = EnvelopeReader.Read(json.Span);

        Assert.NotNull(envelope);
        Assert.True(envelope.Failed);
        Assert.Equal("x", envelope.Error);
    }
}
