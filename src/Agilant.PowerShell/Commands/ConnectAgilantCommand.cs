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
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            if (IsBound(nameof(Environment)) && IsBound(nameof(BaseUri)))
            {
                ThrowUsageError("Give -Environment or -BaseUri, not both.", "Agilant.EnvironmentAndBaseUri");
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
            };
            var session = new AgilantSession(new AgilantClient(options), environment, keySource);
            DefaultSessions.Replace(session);
            WriteVerbose($"Connected to {session.BaseUri} with public key {session.PublicKey} (keys from {keySource}).");
            if (PassThru)
            {
                WriteObject(session);
            }
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
