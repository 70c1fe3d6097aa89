using System;
using System.Management.Automation;
using System.Security;
using Agilant.Client;
using Agilant.PowerShell.Infrastructure;
using Agilant.PowerShell.Session;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommunications.Connect, "Agilant", DefaultParameterSetName = FromEnvironmentSet, HelpUri = OnlineHelp.Pages + "Connect-Agilant.md")]
    [OutputType(typeof(AgilantSession))]
    public sealed class ConnectAgilantCommand : AgilantCmdlet
    {
        private const string KeysSet = "Keys";
        private const string CredentialSet = "Credential";
        private const string FromEnvironmentSet = "FromEnvironment";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeysSet)]
        [ValidateNotNullOrEmpty]
        public string PublicKey { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = KeysSet)]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter]
        public AgilantEnvironment Environment { get; set; }

        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidateRange(0.1, 3600)]
        public double TimeoutSec { get; set; } = 100;

        [Parameter]
        [ValidateRange(0, 10)]
        public int MaximumRetryCount { get; set; } = 3;

        [Parameter]
        [ValidateRange(0.0, 60)]
        public double RetryIntervalSec { get; set; } = 1;

        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        [Parameter]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        [Parameter]
        public AgilantSessionScope Scope { get; set; } = AgilantSessionScope.Process;

        [Parameter]
        public SwitchParameter SkipCheck { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (IsBound(nameof(Environment)) && IsBound(nameof(BaseUri)))
            {
                ThrowUsageError("Give -Environment or -BaseUri, not both.", "Agilant.EnvironmentAndBaseUri");
            }

            if (ProxyCredential is not null && ProxyUseDefaultCredentials)
            {
                ThrowUsageError("Give -ProxyCredential or -ProxyUseDefaultCredentials, not both.", "Agilant.ProxyCredentialAndDefaultCredentials");
            }

            if (Proxy is not null)
            {
                ValidProxy(Proxy);
            }

            (string publicKey, SecureString secretKey, string keySource) = Keys();
            (Uri baseUri, AgilantEnvironment? environment) = Endpoint();
            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                WriteWarning($"{baseUri} is plain http: requests and their signatures will cross the network unencrypted.");
            }

            var options = new AgilantClientOptions(publicKey, secretKey, baseUri)
            {
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                MaximumRetryCount = MaximumRetryCount,
                RetryBaseDelay = TimeSpan.FromSeconds(RetryIntervalSec),
                UserAgentComment = $"PowerShell/{typeof(PSObject).Assembly.GetName().Version}",
                Proxy = Proxy,
                ProxyCredential = ProxyCredential?.GetNetworkCredential(),
                ProxyUseDefaultCredentials = ProxyUseDefaultCredentials,
            };
            var session = new AgilantSession(new AgilantClient(options), environment, keySource, Scope);
            bool connected = false;
            try
            {
                string checkedKeys = SkipCheck ? "the keys were not checked (-SkipCheck)" : CheckKeys(session);
                DefaultSessions.Connect(session);
                connected = true;
                TellWhereConnected(session, checkedKeys);
            }
            finally
            {
                if (!connected)
                {
                    session.Disconnect();
                }
            }

            if (PassThru)
            {
                WriteObject(session);
            }
        }

        /// <summary>Tells, on the host and in the information stream but never in the output, where the session points.</summary>
        private void TellWhereConnected(AgilantSession session, string checkedKeys)
        {
            string through = session.Proxy is null ? string.Empty : $" through the proxy {session.Proxy}";
            string scope = Scope == AgilantSessionScope.Runspace ? "this runspace's default session" : "the default session of every runspace in this process";
            string message = $"Connected to {KeyCheckFailures.Where(session)}{through} with public key {session.PublicKey} (from {session.KeySource}): {checkedKeys}. It is {scope}.";
            WriteInformation(new HostInformationMessage { Message = message }, new[] { "PSHOST", "Agilant" });
        }

        /// <summary>A signed read that changes nothing: any answer but 401 (or a proxy's 407) means the keys were accepted.</summary>
        private string CheckKeys(AgilantSession session)
        {
            WriteVerbose("Checking the keys with a signed read of ticket 0, which no ticket has: a 404 answer means the service accepted them.");
            KeyCheck answer;
            try
            {
                answer = Await(session.Client.CheckKeysAsync);
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                bool sandboxByDefault = !IsBound(nameof(Environment)) && session.Environment == AgilantEnvironment.Sandbox;
                ThrowTerminatingError(KeyCheckFailures.Of(failure, session, sandboxByDefault));
                throw; // Not reached: ThrowTerminatingError always throws.
            }

            if (answer.Status >= 500)
            {
                WriteWarning($"The keys could not be checked: the service answered {answer.Status}. The session is made; the first call will tell whether the keys work.");
                return $"the keys could not be checked ({answer.Status})";
            }

            if (!answer.AnsweredByApi)
            {
                WriteWarning($"The keys could not be checked: {session.BaseUri} answered {answer.Status} without the Agilant API's answer, so it may not be the API. Check -BaseUri or -Environment. The session is made; the first call will tell whether it works.");
                return $"the keys could not be checked ({answer.Status}, not the API's answer)";
            }

            return "the service accepted the keys";
        }

        private (string PublicKey, SecureString SecretKey, string Source) Keys()
        {
            switch (ParameterSetName)
            {
                case KeysSet:
                    return (PublicKey, SecretKey!, "Parameters");
                case CredentialSet:
                    return (Credential!.UserName, Credential.Password, "Credential");
                default:
                    string? publicKey = System.Environment.GetEnvironmentVariable("AGILANT_PUBLIC_KEY");
                    string? secret = System.Environment.GetEnvironmentVariable("AGILANT_SECRET_KEY");
                    if (string.IsNullOrWhiteSpace(publicKey) || string.IsNullOrEmpty(secret))
                    {
                        ThrowTerminatingError(new ErrorRecord(
                            new InvalidOperationException(
                                "No keys were given. Give -PublicKey and -SecretKey, or -Credential, or set the environment variables AGILANT_PUBLIC_KEY and AGILANT_SECRET_KEY."),
                            "Agilant.NoKeys",
                            ErrorCategory.AuthenticationError,
                            null));
                    }

                    return (publicKey!, ToSecureString(secret!), "Environment");
            }
        }

        private (Uri BaseUri, AgilantEnvironment? Environment) Endpoint()
        {
            if (BaseUri is not null)
            {
                return (ValidBaseUri(BaseUri, "-BaseUri"), null);
            }

            if (IsBound(nameof(Environment)))
            {
                return (AgilantEndpoints.For(Environment), Environment);
            }

            string? fromEnvironment = ParameterSetName == FromEnvironmentSet ? System.Environment.GetEnvironmentVariable("AGILANT_BASE_URI") : null;
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                if (!Uri.TryCreate(fromEnvironment, UriKind.Absolute, out Uri? parsed))
                {
                    ThrowUsageError($"AGILANT_BASE_URI ('{fromEnvironment}') is not an absolute URI.", "Agilant.InvalidBaseUri");
                }

                return (ValidBaseUri(parsed!, "AGILANT_BASE_URI"), null);
            }

            return (AgilantEndpoints.Sandbox, AgilantEnvironment.Sandbox);
        }

        private Uri ValidBaseUri(Uri uri, string source)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                ThrowUsageError($"{source} ('{uri}') must be an absolute http or https URI, e.g. https://api.agilantsolutions.com.", "Agilant.InvalidBaseUri", uri);
            }

            return uri;
        }

        private void ValidProxy(Uri proxy)
        {
            if (!proxy.IsAbsoluteUri || (proxy.Scheme != Uri.UriSchemeHttp && proxy.Scheme != Uri.UriSchemeHttps))
            {
                ThrowUsageError($"-Proxy ('{proxy}') must be an absolute http or https URI, e.g. http://proxy.example.com:8080.", "Agilant.InvalidProxy", proxy);
            }

            if (!string.IsNullOrEmpty(proxy.UserInfo))
            {
                // Said without echoing the URI: its user part may hold a password.
                ThrowUsageError("-Proxy holds a user name or password: give the proxy's address alone, and its credentials with -ProxyCredential.", "Agilant.InvalidProxy");
            }
        }

        private static SecureString ToSecureString(string text)
        {
            var secure = new SecureString();
            foreach (char character in text)
            {
                secure.AppendChar(character);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
