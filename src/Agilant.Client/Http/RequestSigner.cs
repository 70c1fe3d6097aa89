using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace Agilant.Client.Http
{
    /// <summary>
    /// Signs requests as the APIs require: Base64(HMAC-SHA256(secret, exact Timestamp header)).
    /// The secret stays in a SecureString; its bytes exist only while one signature is computed.
    /// </summary>
    internal sealed class RequestSigner
    {
        private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

        private readonly string publicKey;
        private readonly SecureString secretKey;

        public RequestSigner(string publicKey, SecureString secretKey)
        {
            this.publicKey = publicKey;
            this.secretKey = secretKey.Copy();
            this.secretKey.MakeReadOnly();
        }

        public static string FormatTimestamp(DateTimeOffset time) =>
            time.ToString(TimestampFormat, CultureInfo.InvariantCulture);

        public string AuthorizationFor(string timestamp) => publicKey + "." + Sign(timestamp);

        public string Sign(string timestamp)
        {
            byte[] key = SecretBytes();
            try
            {
                using (var hmac = new HMACSHA256(key))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp)));
                }
            }
            finally
            {
                Array.Clear(key, 0, key.Length);
            }
        }

        private byte[] SecretBytes()
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
