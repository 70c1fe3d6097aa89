namespace Agilant
{
    /// <summary>The body of POST /order/{orderNumber}/diagnostic (TOGa Order API).</summary>
    public sealed class NewDiagnostic
    {
        public NewDiagnostic(string resultCode, bool windowsUpgradeEligibility, string document)
        {
            ResultCode = resultCode;
            WindowsUpgradeEligibility = windowsUpgradeEligibility;
            Document = document;
        }

        public string ResultCode { get; }

        public bool WindowsUpgradeEligibility { get; }

        /// <summary>A URL of the results document, or the document itself as Base64.</summary>
        public string Document { get; }

        /// <summary>The system information as text; the API's sample sends JSON text here.</summary>
        public string? SystemInformation { get; set; }
    }
}
