using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Agilant.Emulator;

/// <summary>
/// The accounts, by id (ordinal, case-sensitive), thread-safe. Accounts and services are immutable records: a change
/// computes a new account from the current one under the lock and stores it whole, so a change that throws stores nothing.
/// </summary>
public sealed class AccountStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, Account> accounts = new(StringComparer.Ordinal);
    private readonly EmulatorEvents events;
    private readonly StateChanges changes;

    internal AccountStore(EmulatorEvents events, StateChanges changes)
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
                return accounts.Count;
            }
        }
    }

    public Account? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (gate)
        {
            return accounts.GetValueOrDefault(id);
        }
    }

    /// <summary>All accounts in ordinal id order.</summary>
    public IReadOnlyList<Account> List()
    {
        lock (gate)
        {
            return [.. accounts.Values];
        }
    }

    /// <summary>Stores an account as given; a service with line number 0 takes the lowest number free on the account.</summary>
    /// <exception cref="InvalidOperationException">An account with this id exists already.</exception>
    /// <exception cref="ArgumentException">Two services of the account have the same line number.</exception>
    public Account Add(Account account)
    {
        var stored = Numbered(account);
        lock (gate)
        {
            if (!accounts.TryAdd(stored.Id, stored))
            {
                throw new InvalidOperationException($"Account '{stored.Id}' already exists.");
            }
        }

        changes.Notify();
        return stored;
    }

    /// <summary>
    /// Stores every account of a batch, or none: checking the ids and storing happen under one lock, so that batches
    /// sent at the same time stay all or nothing.
    /// </summary>
    /// <returns>The ids that exist already, in batch order; when there are any, nothing was stored.</returns>
    /// <exception cref="ArgumentException">The batch holds an id twice, or an account with two services of the same line number.</exception>
    internal IReadOnlyList<string> AddAll(IReadOnlyList<Account> batch)
    {
        var numbered = batch.Select(Numbered).ToList();
        if (numbered.Select(account => account.Id).Distinct(StringComparer.Ordinal).Count() != numbered.Count)
        {
            throw new ArgumentException("The batch holds an id twice.", nameof(batch));
        }

        List<string> existing;
        lock (gate)
        {
            existing = numbered.Select(account => account.Id).Where(accounts.ContainsKey).ToList();
            if (existing.Count == 0)
            {
                foreach (var account in numbered)
                {
                    accounts.Add(account.Id, account);
                }
            }
        }

        if (existing.Count == 0)
        {
            changes.Notify();
        }

        return existing;
    }

    /// <summary>
    /// Replaces an account atomically with what <paramref name="change"/> makes of it, which may give it another id.
    /// Raises <see cref="AccountStatusChanged"/>, <see cref="ServiceStatusChanged"/> and <see cref="ServiceRemoved"/>
    /// for what changed (services are matched by line number).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such account.</exception>
    /// <exception cref="InvalidOperationException">The change gives the account the id of another account.</exception>
    public Account Update(string id, Func<Account, Account> change)
    {
        var (outcome, updated) = TryUpdate(id, change);
        return outcome switch
        {
            AccountUpdate.Updated => updated!,
            AccountUpdate.NotFound => throw new KeyNotFoundException($"Account '{id}' does not exist."),
            _ => throw new InvalidOperationException($"Account '{updated!.Id}' already exists."),
        };
    }

    /// <returns>The outcome, and the account as changed (for <see cref="AccountUpdate.IdTaken"/>, as it would have been).</returns>
    internal (AccountUpdate Outcome, Account? Account) TryUpdate(string id, Func<Account, Account> change)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(change);
        Account? before;
        Account after;
        lock (gate)
        {
            if (!accounts.TryGetValue(id, out before))
            {
                return (AccountUpdate.NotFound, null);
            }

            after = change(before);
            if (!after.Id.Equals(id, StringComparison.Ordinal))
            {
                if (accounts.ContainsKey(after.Id))
                {
                    return (AccountUpdate.IdTaken, after);
                }

                accounts.Remove(id);
            }

            accounts[after.Id] = after;
        }

        changes.Notify();
        RaiseChanges(before, after);
        return (AccountUpdate.Updated, after);
    }

    /// <summary>
    /// Deletes an account with its services, cancelling its subscriptions as the API's delete does ("delete an account
    /// and cancel any outstanding subscriptions"): the account becomes INACTIVE and every service CANCELLED, with
    /// <see cref="AccountStatusChanged"/> and <see cref="ServiceStatusChanged"/> raised for what that changed, then
    /// <see cref="AccountRemoved"/>. Each event carries the account as cancelled.
    /// </summary>
    /// <returns>The account as cancelled and removed, or null when there was none.</returns>
    public Account? Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Account? removed;
        lock (gate)
        {
            if (!accounts.Remove(id, out removed))
            {
                return null;
            }
        }

        changes.Notify();
        var cancelled = Cancelled(removed);
        RaiseChanges(removed, cancelled);
        events.Raise(new AccountRemoved(cancelled));
        return cancelled;
    }

    private static Account Cancelled(Account account) => account with
    {
        Status = AccountStatuses.Inactive,
        Services = [.. account.Services.Select(service => service with { Status = ServiceStatuses.Cancelled })],
    };

    private static Account Numbered(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(account.Id);
        return account with { Services = ServiceLines.NumberNew(account.Services) };
    }

    private void RaiseChanges(Account before, Account after)
    {
        if (!before.Status.Equals(after.Status, StringComparison.Ordinal))
        {
            events.Raise(new AccountStatusChanged(after, before.Status));
        }

        foreach (var previous in before.Services)
        {
            var current = after.Services.FirstOrDefault(service => service.LineNumber == previous.LineNumber);
            if (current is null)
            {
                events.Raise(new ServiceRemoved(after, previous));
            }
            else if (!current.Status.Equals(previous.Status, StringComparison.Ordinal))
            {
                events.Raise(new ServiceStatusChanged(after, current, previous.Status));
            }
        }
    }
}
