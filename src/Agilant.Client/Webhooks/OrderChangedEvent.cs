namespace Agilant
{
    /// <summary>ORDER_STATUS_CHANGE or ITEM_STATUS_CHANGE: the order as it now is, items included.</summary>
    public sealed class OrderChangedEvent : WebhookEvent
    {
        public OrderChangedEvent(WebhookType webhook, Order order)
            : base(webhook) => Order = order;

        public string Number => Order.Number;

        public Order Order { get; }
    }
}
