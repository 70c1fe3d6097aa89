using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Auth;

/// <summary>
/// Checks the documents' request signature: Authorization is "{publicKey}.{signature}", where signature is
/// Base64(HMAC-SHA256(key = the secret key's UTF-8 bytes, message = the Timestamp header's exact UTF-8 bytes)).
/// The signature covers only the timestamp, so a timestamp far from the server's clock is refused as a replay.
/// </summary>
internal sealed class SignatureVerifier
{
    private readonly Dictionary<string, byte[]> secretKeys;
    private readonly ServerClock clock;
    private readonly TimeSpan allowedSkew;

    public SignatureVerifier(IReadOnlyList<ApiKeyPair> keys, ServerClock clock, TimeSpan allowedSkew)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("The emulator needs at least one key pair.", nameof(keys));
        }

        if (keys.Select(key => key.PublicKey).Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new ArgumentException("Two key pairs have the same public key.", nameof(keys));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(allowedSkew, TimeSpan.Zero);
        secretKeys = keys.ToDictionary(key => key.PublicKey, key => Encoding.UTF8.GetBytes(key.SecretKey), StringComparer.Ordinal);
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    /// <returns>Null when the request is authentic; otherwise what is wrong with it.</returns>
    public string? Verify(IReadOnlyDictionary<string, string> headers)
    {
        if (!headers.TryGetValue("Timestamp", out var timestamp))
        {
            return $"The Timestamp header is missing: send the current time in ISO 8601 with an offset, such as {Iso8601.Example}";
        }

        if (!Iso8601.TryParseDateTime(timestamp, out var sentAt))
        {
            return $"The Timestamp header '{timestamp}' is not an ISO 8601 date/time with an offset, such as {Iso8601.Example}";
        }

        if (!headers.TryGetValue("Authorization", out var authorization))
        {
            return "The Authorization header is missing: send {publicKey}.{signature}";
        }

        var separator = authorization.IndexOf('.', StringComparison.Ordinal);
        if (separator <= 0 || separator == authorization.Length - 1)
        {
            return "The Authorization header is not in the form {publicKey}.{signature}";
        }

        var publicKey = authorization[..separator];
        if (!secretKeys.TryGetValue(publicKey, out var secretKey))
        {
            return $"Unknown public key '{publicKey}'";
        }

        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(HMACSHA256.HashData(secretKey, Encoding.UTF8.GetBytes(timestamp))));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(authorization[(separator + 1)..])))
        {
            return "The signature is wrong: it must be Base64(HMAC-SHA256(key: the secret key, message: the exact Timestamp header value))";
        }

        var now = clock.Now;
        var skew = sentAt - now;
        if (skew.Duration() > allowedSkew)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The Timestamp {timestamp} is {skew.Duration().TotalSeconds:0} seconds {(skew > TimeSpan.Zero ? "ahead of" : "behind")} the server's clock ({Iso8601.FormatDateTime(now)}); at most {allowedSkew.TotalSeconds:0} seconds are allowed");
        }

        return null;
    }
}
