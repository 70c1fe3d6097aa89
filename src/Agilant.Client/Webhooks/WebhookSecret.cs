using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace Agilant.Client.Webhooks
{
    /// <summary>
    /// A secret the sender of webhooks is configured to send in a header. It stays in a SecureString; its bytes exist
    /// only while one request's header is compared with it, in time that does not depend on where they differ.
    /// </summary>
    public sealed class WebhookSecret
    {
        private readonly SecureString secret;

        public WebhookSecret(string headerName, SecureString secret)
        {
            HeaderName = headerName;
            this.secret = secret.Copy();
            this.secret.MakeReadOnly();
        }

        public string HeaderName { get; }

        public bool Matches(string? headerValue)
        {
            byte[] expected = SecretBytes();
            byte[] given = Encoding.UTF8.GetBytes(headerValue ?? string.Empty);
            try
            {
                int difference = expected.Length ^ given.Length;
                for (int i = 0; i < expected.Length; i++)
                {
                    difference |= expected[i] ^ (i < given.Length ? given[i] : 0);
                }

                return difference == 0;
            }
            finally
            {
                Array.Clear(expected, 0, expected.Length);
            }
        }

        private byte[] SecretBytes()
        {
            IntPtr unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secret);
            char[] characters = new char[secret.Length];
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
