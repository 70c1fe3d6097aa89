using System;
using Agilant.Client.Http;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class RequestSignerTests
{
    [Fact]
    public void Signs_the_documented_known_answer()
    {
        using var signer = new RequestSigner(TestClient.PublicKey, TestClient.SecureText(TestClient.Secret));

        Assert.Equal("Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=", signer.Sign("2019-01-02T17:34:52-05:00"));
        Assert.Equal(
            "1111AAAA-22BB-33CC-44DD-555555EEEEEE.Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=",
            signer.AuthorizationFor("2019-01-02T17:34:52-05:00"));
    }

    [Theory]
    [InlineData(-5, "2019-01-02T17:34:52-05:00")]
    [InlineData(0, "2019-01-02T17:34:52+00:00")]
    [InlineData(5.5, "2019-01-02T17:34:52+05:30")]
    public void Formats_timestamps_as_ISO_8601_with_offset_to_the_second(double offsetHours, string expected)
    {
        var time = new DateTimeOffset(2019, 1, 2, 17, 34, 52, 987, TimeSpan.FromHours(offsetHours));

        Assert.Equal(expected, RequestSigner.FormatTimestamp(time));
    }

    [Fact]
    public void Keeps_its_own_copy_of_the_secret()
    {
        var secret = TestClient.SecureText(TestClient.Secret);
        using var signer = new RequestSigner(TestClient.PublicKey, secret);

        secret.Clear();

        Assert.Equal("Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=", signer.Sign("2019-01-02T17:34:52-05:00"));
    }

    [Fact]
    public void Signs_right_from_many_threads_at_once()
    {
        using var signer = new RequestSigner(TestClient.PublicKey, TestClient.SecureText(TestClient.Secret));
        var signatures = new System.Collections.Concurrent.ConcurrentBag<string>();

        System.Threading.Tasks.Parallel.For(0, 2000, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
            signatures.Add(signer.Sign("2019-01-02T17:34:52-05:00")));

        Assert.Equal(2000, signatures.Count);
        Assert.All(signatures, signature => Assert.Equal("Omjruf/UNd+rKEbjobxJzky84h6XOE9o9jz6/IKqc7Q=", signature));
    }
}
