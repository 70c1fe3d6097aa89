using System.Collections.Generic;

namespace Agilant.Emulator;

/// <summary>The order statuses the Account Management API documents: a quote until it is paid, an order after.</summary>
public static class OrderStatuses
{
    public const string QuoteCreated = "QUOTE_CREATED";
    public const string QuoteIncomplete = "QUOTE_INCOMPLETE";
    public const string QuoteAwaitingDiagnostic = "QUOTE_AWAITING_DIAGNOSTIC";
    public const string QuoteDiagnosticInProgress = "QUOTE_DIAGNOSTIC_IN_PROGRESS";
    public const string QuoteDiagnosticComplete = "QUOTE_DIAGNOSTIC_COMPLETE";
    public const string QuoteDiagnosticCompleteFullScanRecommended = "QUOTE_DIAGNOSTIC_COMPLETE_FULL_SCAN_RECOMMENDED";
    public const string QuotePaymentPending = "QUOTE_PAYMENT_PENDING";
    public const string QuotePaymentAccepted = "QUOTE_PAYMENT_ACCEPTED";
    public const string OrderIssueIncomplete = "ORDER_ISSUE_INCOMPLETE";
    public const string OrderIssueActionNeeded = "ORDER_ISSUE_ACTION_NEEDED";
    public const string OrderServicePending = "ORDER_SERVICE_PENDING";
    public const string OrderInProgress = "ORDER_IN_PROGRESS";
    public const string OrderComplete = "ORDER_COMPLETE";
    public const string OrderCancelled = "ORDER_CANCELLED";

    public static IReadOnlyList<string> All { get; } =
    [
        QuoteCreated, QuoteIncomplete, QuoteAwaitingDiagnostic, QuoteDiagnosticInProgress, QuoteDiagnosticComplete,
        QuoteDiagnosticCompleteFullScanRecommended, QuotePaymentPending, QuotePaymentAccepted, OrderIssueIncomplete,
        OrderIssueActionNeeded, OrderServicePending, OrderInProgress, OrderComplete, OrderCancelled,
    ];
}
