namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes an order item's -LineNumber from the items seen.</summary>
    public sealed class OrderItemLineCompleter : LineNumberCompleter
    {
        public OrderItemLineCompleter()
            : base(LineRecords.OrderItems)
        {
        }
    }
}
