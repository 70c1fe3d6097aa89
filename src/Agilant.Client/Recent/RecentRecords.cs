using System.Globalization;
using System.Runtime.CompilerServices;

namespace Agilant.Client.Recent
{
    /// <summary>
    /// The tickets, accounts, services, orders and order items a session has read or written, newest first, for tab
    /// completion of their keys. A record's children are recorded with it (an account's services, an order's items),
    /// last to first so that the first comes first, and a child seen alone makes its parent's key recent too.
    /// </summary>
    public sealed class RecentRecords
    {
        /// <summary>How many of each kind are kept: more than a person picks from a list, few enough to cost little memory.</summary>
        public const int Capacity = 500;

        public RecentKeys Tickets { get; } = new RecentKeys(Capacity);

        public RecentKeys Accounts { get; } = new RecentKeys(Capacity);

        /// <summary>Services under their SKU, owned by their account id.</summary>
        public RecentKeys Services { get; } = new RecentKeys(Capacity);

        public RecentKeys Orders { get; } = new RecentKeys(Capacity);

        /// <summary>Order items under their SKU, owned by their order number.</summary>
        public RecentKeys OrderItems { get; } = new RecentKeys(Capacity);

        /// <summary>Records a record of the module's own types; anything else (a raw answer, a session) is passed over.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Saw(object? record)
        {
            switch (record)
            {
                case Ticket ticket:
                    Tickets.Saw(ticket.TicketNumber.ToString(CultureInfo.InvariantCulture), ticket);
                    break;
                case Account account:
                    for (int index = account.Services.Count - 1; index >= 0; index--)
                    {
                        SawService(account.Services[index]);
                    }

                    Accounts.Saw(account.Id, account);
                    break;
                case Service service:
                    SawService(service);
                    Accounts.SawThrough(service.AccountId, service);
                    break;
                case Order order:
                    for (int index = order.Items.Count - 1; index >= 0; index--)
                    {
                        SawItem(order.Items[index]);
                    }

                    Orders.Saw(order.Number, order);
                    break;
                case OrderItem item:
                    SawItem(item);
                    Orders.SawThrough(item.OrderNumber, item);
                    break;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void SawService(Service service) =>
            Services.Saw(service.SkuNumber, service, service.AccountId, service.LineNumber);

        private void SawItem(OrderItem item)
        {
            if (item.SkuNumber is not null)
            {
                OrderItems.Saw(item.SkuNumber, item, item.OrderNumber, item.LineNumber);
            }
        }
    }
}
