using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Agilant.Emulator;

namespace Agilant.Emulator.Tests.Support;

/// <summary>The documents' signing recipe, written here independently of the emulator's verifier.</summary>
internal static class TestSigner
{
    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Signature(string timestamp, string secretKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(timestamp)));

    public static void Sign(HttpRequestMessage request, ApiKeyPair key, string timestamp)
    {
        request.Headers.Remove("Timestamp");
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("Authorization", $"{key.PublicKey}.{Signature(timestamp, key.SecretKey)}");
    }
}
