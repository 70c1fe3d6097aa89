namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes an order item's -SkuNumber from the items seen.</summary>
    public sealed class OrderItemSkuCompleter : LineSkuCompleter
    {
        public OrderItemSkuCompleter()
            : base(LineRecords.OrderItems)
        {
        }
    }
}
