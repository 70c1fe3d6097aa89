using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Agilant.Client.Http;
using BenchmarkDotNet.Attributes;

namespace Agilant.Benchmarks;

/// <summary>Stamping and signing one request: the Timestamp header's text and the Authorization header's value.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly byte[] secret = Encoding.UTF8.GetBytes(Samples.SecretText);
    private RequestSigner signer = null!;

    [GlobalSetup]
    public void Setup() => signer = new RequestSigner(Samples.PublicKey, Samples.SecretKey());

    [GlobalCleanup]
    public void Cleanup() => signer.Dispose();

    /// <summary>A hand-written client: the key's bytes kept, one static HMAC call.</summary>
    [Benchmark(Baseline = true)]
    public string Raw()
    {
        string timestamp = DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return Samples.PublicKey + "." + Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp)));
    }

    /// <summary>What the call handler signs every attempt with (RequestSigner.SignAttempt).</summary>
    [Benchmark]
    public string Module() => signer.AuthorizationFor(RequestSigner.FormatTimestamp(DateTimeOffset.Now));
}
