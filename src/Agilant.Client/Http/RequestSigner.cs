using System;
using System.Globalization;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Signs requests as the APIs require: Base64(HMAC-SHA256(secret, exact Timestamp header)). The secret's bytes are
    /// read from the SecureString once, into an array pinned for the session's life (so the collector never leaves
    /// copies of it behind) and zeroed when the session ends; each thread that signs keeps one HMAC keyed with them.
    /// </summary>
    internal sealed class RequestSigner : IDisposable
    {
        private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

        private readonly string publicKey;
        private readonly byte[] key;
        private readonly GCHandle pinned;
        private readonly ThreadLocal<HMACSHA256> hmacs;

        public RequestSigner(string publicKey, SecureString secretKey)
        {
            this.publicKey = publicKey;
            key = SecretBytes(secretKey);
            pinned = GCHandle.Alloc(key, GCHandleType.Pinned);
            hmacs = new ThreadLocal<HMACSHA256>(() => new HMACSHA256(key), trackAllValues: true);
        }

        [MethodImpl(HotPath.Optimized)]
        public static string FormatTimestamp(DateTimeOffset time) =>
            time.ToString(TimestampFormat, CultureInfo.InvariantCulture);

        public string AuthorizationFor(string timestamp) => publicKey + "." + Sign(timestamp);

        /// <summary>Stamps and signs an attempt afresh, so that a retry never carries a stale timestamp.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void SignAttempt(HttpRequestMessage request, DateTimeOffset now)
        {
            string timestamp = FormatTimestamp(now);
            request.Headers.Remove("Timestamp");
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Timestamp", timestamp);
            // Added unvalidated: "publicKey.signature" is not a scheme and parameter, and must go out byte for byte.
            request.Headers.TryAddWithoutValidation("Authorization", AuthorizationFor(timestamp));
        }

        [MethodImpl(HotPath.Optimized)]
        public string Sign(string timestamp) =>
            Convert.ToBase64String(hmacs.Value!.ComputeHash(Encoding.UTF8.GetBytes(timestamp)));

        public void Dispose()
        {
            foreach (HMACSHA256 hmac in hmacs.Values)
            {
                hmac.Dispose();
            }

            hmacs.Dispose();
            Array.Clear(key, 0, key.Length);
            pinned.Free();
        }

        private static byte[] SecretBytes(SecureString secretKey)
        {
            IntPtr unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secretKey);
            char[] characters = new char[secretKey.Length];
            try
            {
                Marshal.Copy(unmanaged, characters, 0, characters.Length);
                return Encoding.UTF8.GetBytes(characters);
            }
            finally
            {
                Array.Clear(characters, 0, characters.Length);
                Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
            }
        }
    }
}
