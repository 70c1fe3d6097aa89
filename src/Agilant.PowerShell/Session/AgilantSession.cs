using System;
using System.Globalization;
using Agilant.Client;
using Agilant.Client.Recent;

namespace Agilant
{
    /// <summary>
    /// A connection made by Connect-Agilant. What it shows is safe to print or serialise: the secret key
    /// lives only inside the client, as a SecureString.
    /// </summary>
    public sealed class AgilantSession
    {
        internal AgilantSession(AgilantClient client, AgilantEnvironment? environment, string keySource, AgilantSessionScope scope)
        {
            Client = client;
            Environment = environment;
            KeySource = keySource;
            Scope = scope;
            ConnectedAt = DateTimeOffset.Now;
        }

        public string PublicKey => Client.Options.PublicKey;

        /// <summary>Sandbox or Production; empty when connected to another base URI (e.g. a local emulator).</summary>
        public AgilantEnvironment? Environment { get; }

        public Uri BaseUri => Client.Options.BaseUri;

        /// <summary>Where the keys came from: Parameters, Credential or Environment.</summary>
        public string KeySource { get; }

        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Process: the default of every runspace that has none of its own; Runspace: of the one that connected only.</summary>
        public AgilantSessionScope Scope { get; }

        /// <summary>The proxy given to Connect-Agilant; empty when the system's proxy settings apply.</summary>
        public Uri? Proxy => Client.Options.Proxy;

        /// <summary>The user name of the proxy credential, if one was given; its password is never shown.</summary>
        public string? ProxyUserName => Client.Options.ProxyCredential?.UserName;

        public bool ProxyUseDefaultCredentials => Client.Options.ProxyUseDefaultCredentials;

        public TimeSpan Timeout => Client.Options.Timeout;

        public int MaximumRetryCount => Client.Options.MaximumRetryCount;

        public bool IsConnected { get; private set; } = true;

        internal AgilantClient Client { get; }

        /// <summary>
        /// The records read and written through this session, for tab completion. Kept per session, not per process:
        /// keys name records on one server (a Sandbox ticket number means nothing in Production), a runspace's own
        /// session keeps one person's records out of another's completion, and Disconnect-Agilant forgets them.
        /// </summary>
        internal RecentRecords Seen { get; } = new RecentRecords();

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} at {1}", PublicKey, BaseUri);

        internal void Disconnect()
        {
            if (IsConnected)
            {
                IsConnected = false;
                Client.Dispose();
            }
        }
    }
}
