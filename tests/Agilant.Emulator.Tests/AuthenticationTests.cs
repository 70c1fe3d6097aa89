using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public void TheTestSigner_GivesTheDocumentsKnownAnswer()
    {
        Assert.Equal("Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=", TestSigner.Signature(Samples.Timestamp, Samples.SecretKey));
        Assert.Equal(new ApiKeyPair(Samples.PublicKey, Samples.SecretKey), ApiKeyPair.Sample);
    }

    [Fact]
    public async Task TheDocumentsSampleHeaders_AreAccepted_WhenTheServerClockAgrees()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            ClockOffset = Samples.At(Samples.Timestamp) - DateTimeOffset.UtcNow,
        });
        var ticket = emulator.State.Tickets.Add(Samples.Ticket);
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Get, $"/ticket/{ticket.TicketNumber}", adjust: request =>
        {
            request.Headers.Remove("Timestamp");
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Timestamp", Samples.Timestamp);
            request.Headers.TryAddWithoutValidation("Authorization", Samples.Authorization);
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task AnUnknownPublicKey_Is401()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Get, "/ticket/10000001", adjust: request =>
            TestSigner.Sign(request, ApiKeyPair.Sample with { PublicKey = "9999AAAA-22BB-33CC-44DD-555555EEEEEE" }, TestSigner.Timestamp(DateTimeOffset.Now)));

        AssertUnauthorized(reply, "Unknown public key '9999AAAA-22BB-33CC-44DD-555555EEEEEE'");
    }

    [Fact]
    public async Task AWrongSignature_Is401()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Get, "/ticket/10000001", adjust: request =>
            TestSigner.Sign(request, ApiKeyPair.Sample with { SecretKey = "not-the-secret" }, TestSigner.Timestamp(DateTimeOffset.Now)));

        AssertUnauthorized(reply, "signature is wrong");
    }

    [Theory]
    [InlineData(6, "behind the server's clock")]
    [InlineData(-6, "ahead of the server's clock")]
    public async Task ATimestampBeyondTheAllowedSkew_Is401(int serverMinutesAhead, string expected)
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { ClockOffset = TimeSpan.FromMinutes(serverMinutesAhead) });
        using var client = new EmulatorClient(emulator);

        var reply = await client.GetAsync("/ticket/10000001");

        AssertUnauthorized(reply, expected);
        Assert.Contains("at most 300 seconds are allowed", reply.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimestampWithinTheAllowedSkew_IsAccepted()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            ClockOffset = TimeSpan.FromMinutes(-9),
            AllowedClockSkew = TimeSpan.FromMinutes(10),
        });
        using var client = new EmulatorClient(emulator);

        var reply = await client.GetAsync("/ticket/10000001");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Theory]
    [InlineData("Timestamp", null, "The Timestamp header is missing")]
    [InlineData("Timestamp", "2019-01-02T17:34:52", "is not an ISO 8601 date/time with an offset")]
    [InlineData("Timestamp", "01/02/2019 17:34:52 -05:00", "is not an ISO 8601 date/time with an offset")]
    [InlineData("Authorization", null, "The Authorization header is missing")]
    [InlineData("Authorization", "1111AAAA-22BB-33CC-44DD-555555EEEEEE", "not in the form {publicKey}.{signature}")]
    [InlineData("Authorization", "1111AAAA-22BB-33CC-44DD-555555EEEEEE.", "not in the form {publicKey}.{signature}")]
    public async Task AMissingOrMalformedHeader_Is401(string header, string? value, string expected)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Get, "/ticket/10000001", adjust: request =>
        {
            request.Headers.Remove(header);
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }
        });

        AssertUnauthorized(reply, expected);
    }

    [Fact]
    public async Task AuthenticationComesBeforeRouting()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Delete, "/no/such/route", adjust: request => request.Headers.Remove("Authorization"));

        AssertUnauthorized(reply, "The Authorization header is missing");
    }

    [Fact]
    public async Task AnyConfiguredKeyPair_IsAccepted()
    {
        var second = new ApiKeyPair("2222BBBB-22BB-33CC-44DD-555555EEEEEE", "second-secret");
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { Keys = [ApiKeyPair.Sample, second] });
        using var client = new EmulatorClient(emulator);

        var reply = await client.SendAsync(HttpMethod.Get, "/ticket/10000001", adjust: request =>
            TestSigner.Sign(request, second, TestSigner.Timestamp(DateTimeOffset.Now)));

        Assert.Equal(ApiKeyPair.Sample, emulator.Key);
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    private static void AssertUnauthorized(ApiReply reply, string expected)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.False(reply.Success);
        Assert.Contains(expected, reply.Error, StringComparison.Ordinal);
    }
}
