using System;
using System.IO;
using System.Management.Automation;
using Agilant.Client.Json;
using Agilant.Client.Orders;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Records a diagnostic on an order (TOGa Order API). The results document goes as a link or as the file itself in
    /// Base64; a file that cannot be read is an error before anything is sent. Rows of results pipe in by property name,
    /// and an error names its row.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "AgilantDiagnostic", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = FileSet, HelpUri = OnlineHelp.Pages + "Send-AgilantDiagnostic.md")]
    [OutputType(typeof(void))]
    public sealed class SendAgilantDiagnosticCommand : AgilantRowCmdlet
    {
        private const string FileSet = "DocumentPath";
        private const string LinkSet = "DocumentUri";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Number")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderNumberCompleter))]
        public string OrderNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ResultCode { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("WindowsUpgradeEligibility")]
        [BooleanText]
        public bool WindowsUpgradeEligible { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = FileSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Path", "FullName")]
        [ValidateNotNullOrEmpty]
        public string DocumentPath { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = LinkSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public Uri? DocumentUri { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BlankMeansNotGiven]
        public object? SystemInformation { get; set; }

        protected override void ProcessRecord()
        {
            string? document = ParameterSetName == LinkSet ? Link() : FileAsBase64();
            if (document is null)
            {
                return;
            }

            object? information = PlainObjects.FromPowerShell(SystemInformation);
            var diagnostic = new NewDiagnostic(ResultCode, WindowsUpgradeEligible, document)
            {
                SystemInformation = information is null ? null : information as string ?? PlainJson.Serialize(information),
            };
            try
            {
                if (!ShouldSend($"Order {OrderNumber}", $"Send the diagnostic '{ResultCode}'", () => OrdersClient.SendDiagnosticRequest(OrderNumber, diagnostic)))
                {
                    return;
                }

                Await(token => Client.Orders.SendDiagnosticAsync(OrderNumber, diagnostic, token));
                WriteVerbose($"Sent the diagnostic of order {OrderNumber} with a document of {document.Length} characters.");
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, RowOr(OrderNumber), "order number");
            }
        }

        private string? Link()
        {
            if (DocumentUri!.IsAbsoluteUri && (DocumentUri.Scheme == Uri.UriSchemeHttps || DocumentUri.Scheme == Uri.UriSchemeHttp))
            {
                return DocumentUri.AbsoluteUri;
            }

            WriteError(new ErrorRecord(
                new ArgumentException($"-DocumentUri '{DocumentUri}' must be an absolute http or https address of the document."),
                "Agilant.InvalidDocumentUri",
                ErrorCategory.InvalidArgument,
                RowOr(DocumentUri!)));
            return null;
        }

        private string? FileAsBase64()
        {
            string path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(DocumentPath);
            try
            {
                return Convert.ToBase64String(File.ReadAllBytes(path));
            }
            catch (Exception unreadable) when (unreadable is IOException || unreadable is UnauthorizedAccessException)
            {
                bool missing = unreadable is FileNotFoundException || unreadable is DirectoryNotFoundException;
                WriteError(new ErrorRecord(
                    new IOException($"The document '{path}' cannot be read: {unreadable.Message} Nothing was sent for order {OrderNumber}.", unreadable),
                    missing ? "Agilant.DocumentNotFound" : "Agilant.DocumentUnreadable",
                    missing ? ErrorCategory.ObjectNotFound : ErrorCategory.ReadError,
                    RowOr(DocumentPath)));
                return null;
            }
        }
    }
}
