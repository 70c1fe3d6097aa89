using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace Agilant.Emulator;

/// <summary>
/// The orders, by number, and the diagnostics recorded on them; thread-safe. Orders and items are immutable records:
/// a change computes a new order from the current one under the lock and stores it whole, so a change that throws
/// stores nothing. There is no API to create or delete an order: tests seed them with <see cref="Add"/>.
/// </summary>
public sealed class OrderStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, Order> orders = new(StringComparer.Ordinal);
    private readonly List<OrderDiagnostic> diagnostics = [];
    private readonly EmulatorEvents events;
    private readonly StateChanges changes;

    internal OrderStore(EmulatorEvents events, StateChanges changes)
    {
        this.events = events;
        this.changes = changes;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return orders.Count;
            }
        }
    }

    /// <summary>Every diagnostic recorded, on any order, in arrival order.</summary>
    public IReadOnlyList<OrderDiagnostic> Diagnostics
    {
        get
        {
            lock (gate)
            {
                return [.. diagnostics];
            }
        }
    }

    public Order? Get(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        lock (gate)
        {
            return orders.GetValueOrDefault(number);
        }
    }

    /// <summary>The order with this number or, failing that, this transaction id, as the Account Management API's routes find it.</summary>
    public Order? Find(string numberOrTransactionId)
    {
        ArgumentNullException.ThrowIfNull(numberOrTransactionId);
        lock (gate)
        {
            return orders.GetValueOrDefault(numberOrTransactionId)
                ?? orders.Values.FirstOrDefault(order => order.TransactionId == numberOrTransactionId);
        }
    }

    /// <summary>All orders in ordinal number order.</summary>
    public IReadOnlyList<Order> List()
    {
        lock (gate)
        {
            return [.. orders.Values];
        }
    }

    /// <summary>The diagnostics recorded on this order, in arrival order.</summary>
    public IReadOnlyList<OrderDiagnostic> DiagnosticsOf(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        lock (gate)
        {
            return [.. diagnostics.Where(diagnostic => diagnostic.OrderNumber == number)];
        }
    }

    /// <summary>Stores an order as given.</summary>
    /// <exception cref="InvalidOperationException">An order with this number, or another order with this transaction id, exists already.</exception>
    /// <exception cref="ArgumentException">The number is not an integer's digits, or an item's line number is not positive or not unique.</exception>
    public Order Add(Order order)
    {
        Validate(order);
        lock (gate)
        {
            RequireFreeTransactionId(order);
            if (!orders.TryAdd(order.Number, order))
            {
                throw new InvalidOperationException($"Order {order.Number} already exists.");
            }
        }

        changes.Notify();
        return order;
    }

    /// <summary>
    /// Replaces an order atomically with what <paramref name="change"/> makes of it. Raises <see cref="OrderItemStatusChanged"/>
    /// and <see cref="OrderItemRemoved"/> for the items that changed (matched by line number), then <see cref="OrderStatusChanged"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such order.</exception>
    /// <exception cref="InvalidOperationException">The change gives the order another number, or the transaction id of another order.</exception>
    /// <exception cref="ArgumentException">The change leaves an item with a line number that is not positive or not unique.</exception>
    public Order Update(string number, Func<Order, Order> change)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(change);
        Order before;
        Order after;
        lock (gate)
        {
            before = orders.GetValueOrDefault(number) ?? throw new KeyNotFoundException($"Order {number} does not exist.");
            after = change(before);
            if (after.Number != number)
            {
                throw new InvalidOperationException("An update cannot change an order's number.");
            }

            Validate(after);
            RequireFreeTransactionId(after);
            orders[number] = after;
        }

        changes.Notify();
        RaiseChanges(before, after);
        return after;
    }

    internal void AddDiagnostic(OrderDiagnostic diagnostic)
    {
        lock (gate)
        {
            diagnostics.Add(diagnostic);
        }

        changes.Notify();
    }

    private static void Validate(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(order.Number);
        // The TOGa Order API sends the number as an integer: it must survive the trip there and back unchanged.
        if (!long.TryParse(order.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)
            || integer.ToString(CultureInfo.InvariantCulture) != order.Number)
        {
            throw new ArgumentException($"Order number '{order.Number}' is not an integer's digits.", nameof(order));
        }

        var lineNumbers = new HashSet<int>();
        foreach (var item in order.Items)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(item.LineNumber);
            if (!lineNumbers.Add(item.LineNumber))
            {
                throw new ArgumentException($"Order {order.Number} has two items on line {item.LineNumber}.", nameof(order));
            }
        }
    }

    private void RequireFreeTransactionId(Order order)
    {
        if (order.TransactionId is { } transactionId
            && orders.Values.Any(other => other.Number != order.Number && other.TransactionId == transactionId))
        {
            throw new InvalidOperationException($"Another order has the transaction id '{transactionId}'.");
        }
    }

    private void RaiseChanges(Order before, Order after)
    {
        foreach (var previous in before.Items)
        {
            var current = after.Items.FirstOrDefault(item => item.LineNumber == previous.LineNumber);
            if (current is null)
            {
                events.Raise(new OrderItemRemoved(after, previous));
            }
            else if (!current.Status.Equals(previous.Status, StringComparison.Ordinal))
            {
                events.Raise(new OrderItemStatusChanged(after, current, previous.Status));
            }
        }

        if (!before.Status.Equals(after.Status, StringComparison.Ordinal))
        {
            events.Raise(new OrderStatusChanged(after, before.Status));
        }
    }
}
