namespace Agilant.Emulator;

/// <summary>A diagnostic recorded on an order by the TOGa Order API's "Create an Order Diagnostic", as it was sent.</summary>
/// <param name="Document">A URL of the results document, or the document itself in Base64.</param>
public sealed record OrderDiagnostic(string OrderNumber, string ResultCode, bool WindowsUpgradeEligibility, string Document, string? SystemInformation);
