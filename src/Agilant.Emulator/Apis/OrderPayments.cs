using System;
using System.Linq;

namespace Agilant.Emulator.Apis;

/// <summary>
/// What a change to the items does to the order. An order is paid when it has items and every one is paid. A quote
/// whose items become all paid has its payment accepted (QUOTE_PAYMENT_ACCEPTED); an accepted quote that stops being
/// all paid waits for payment again (QUOTE_PAYMENT_PENDING). A paid order (ORDER_*) keeps its status: where its
/// services stand is not the caller's to say.
/// </summary>
internal static class OrderPayments
{
    /// <param name="changed">The order with its items changed; its Paid flag still says what it was before.</param>
    public static Order Settle(Order changed)
    {
        var paid = changed.Items.Count > 0 && changed.Items.All(item => item.Paid);
        var status = (WasPaid: changed.Paid, IsPaid: paid) switch
        {
            (false, true) when IsQuote(changed.Status) => OrderStatuses.QuotePaymentAccepted,
            (true, false) when changed.Status == OrderStatuses.QuotePaymentAccepted => OrderStatuses.QuotePaymentPending,
            _ => changed.Status,
        };
        return changed with { Paid = paid, Status = status };
    }

    private static bool IsQuote(string status) => status.StartsWith("QUOTE_", StringComparison.Ordinal);
}
