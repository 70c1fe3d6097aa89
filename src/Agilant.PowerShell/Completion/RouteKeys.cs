namespace Agilant.PowerShell.Completion
{
    /// <summary>The keys in a documented route, and so the seen records that fill them.</summary>
    internal enum RouteKeys
    {
        None,
        Ticket,
        Account,
        Order,
        AccountService,
        OrderItem,
    }
}
