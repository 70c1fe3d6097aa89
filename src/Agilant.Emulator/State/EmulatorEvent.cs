namespace Agilant.Emulator;

/// <summary>A change that the real service announces, or may announce, by webhook.</summary>
public abstract record EmulatorEvent;

/// <summary>A ticket's status changed (webhook TICKET_STATUS_CHANGE).</summary>
public sealed record TicketStatusChanged(int TicketNumber, string PreviousStatus, string Status) : EmulatorEvent;

/// <summary>A reply was added to a ticket (webhook TICKET_REPLY).</summary>
public sealed record TicketReplyAdded(int TicketNumber, TicketReply Reply) : EmulatorEvent;

/// <summary>An account's status changed (webhook ACCOUNT_STATUS_CHANGE); <paramref name="Account"/> is as it is now.</summary>
public sealed record AccountStatusChanged(Account Account, string PreviousStatus) : EmulatorEvent;

/// <summary>A service's status changed (webhook SERVICE_STATUS_CHANGE, which sends the whole account as it is now).</summary>
public sealed record ServiceStatusChanged(Account Account, Service Service, string PreviousStatus) : EmulatorEvent;

/// <summary>
/// An account was deleted, with its services (no webhook type is documented for it). The documents say a deletion
/// cancels the account's outstanding subscriptions: <paramref name="Account"/> is as cancelled, INACTIVE with every
/// service CANCELLED, and the <see cref="AccountStatusChanged"/> and <see cref="ServiceStatusChanged"/> raised just
/// before announce it by webhook.
/// </summary>
public sealed record AccountRemoved(Account Account) : EmulatorEvent;

/// <summary>A service was removed from an account (no webhook type is documented for it); <paramref name="Account"/> is as it is now, without it.</summary>
public sealed record ServiceRemoved(Account Account, Service Service) : EmulatorEvent;

/// <summary>An order's status changed (webhook ORDER_STATUS_CHANGE); <paramref name="Order"/> is as it is now.</summary>
public sealed record OrderStatusChanged(Order Order, string PreviousStatus) : EmulatorEvent;

/// <summary>An item's status changed (webhook ITEM_STATUS_CHANGE, which sends the whole order as it is now).</summary>
public sealed record OrderItemStatusChanged(Order Order, OrderItem Item, string PreviousStatus) : EmulatorEvent;

/// <summary>An item was removed from an order (no webhook type is documented for it); <paramref name="Order"/> is as it is now, without it.</summary>
public sealed record OrderItemRemoved(Order Order, OrderItem Item) : EmulatorEvent;
