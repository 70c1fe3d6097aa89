using System;
using System.Collections.Generic;
using System.Linq;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class AccountStoreTests
{
    private readonly EmulatorState state = new();

    [Fact]
    public void Add_KeepsGivenLineNumbers_AndNumbersTheRestWithTheLowestFree()
    {
        var service = AccountSamples.Account.Services[0];

        var account = state.Accounts.Add(AccountSamples.Account with
        {
            Services = [service with { LineNumber = 0 }, service with { LineNumber = 2 }, service with { LineNumber = 0 }],
        });

        Assert.Equal([1, 2, 3], account.Services.Select(line => line.LineNumber));
        Assert.Same(account, state.Accounts.Get("23526813"));
    }

    [Fact]
    public void Add_RefusesAnExistingId_AndTwoServicesOnOneLine()
    {
        state.Accounts.Add(AccountSamples.Account);

        Assert.Throws<InvalidOperationException>(() => state.Accounts.Add(AccountSamples.Account));
        Assert.Throws<ArgumentException>(() => state.Accounts.Add(AccountSamples.Account with
        {
            Id = "other",
            Services = [AccountSamples.Account.Services[0], AccountSamples.Account.Services[0]],
        }));
        Assert.Equal(1, state.Accounts.Count);
    }

    [Fact]
    public void List_IsInOrdinalIdOrder()
    {
        foreach (var id in new[] { "b", "B", "a", "10", "9" })
        {
            state.Accounts.Add(AccountSamples.Account with { Id = id });
        }

        Assert.Equal(["10", "9", "B", "a", "b"], state.Accounts.List().Select(account => account.Id));
    }

    [Fact]
    public void Update_RaisesStatusChangesOfTheAccountAndItsServices_WithTheAccountAsItIsNow()
    {
        var raised = new List<EmulatorEvent>();
        state.Events.Raised += (_, change) => raised.Add(change);
        state.Accounts.Add(AccountSamples.Account);

        state.Accounts.Update("23526813", account => account with { FirstName = "Janet" });
        var updated = state.Accounts.Update("23526813", account => account with
        {
            Status = "INACTIVE",
            Services = [account.Services[0] with { Status = "CANCELLED" }, account.Services[1] with { Comment = "same status" }],
        });

        Assert.Equal(
            new EmulatorEvent[] { new AccountStatusChanged(updated, "ACTIVE"), new ServiceStatusChanged(updated, updated.Services[0], "ACTIVE") },
            raised);
    }

    [Fact]
    public void Update_RaisesServiceRemoved_ForAServiceNoLongerThere()
    {
        var raised = new List<EmulatorEvent>();
        state.Events.Raised += (_, change) => raised.Add(change);
        state.Accounts.Add(AccountSamples.Account);

        var updated = state.Accounts.Update("23526813", account => account with { Services = [account.Services[1]] });

        Assert.Equal(new EmulatorEvent[] { new ServiceRemoved(updated, AccountSamples.Account.Services[0]) }, raised);
    }

    [Fact]
    public void Update_MayRenameTheAccount_ButNotOntoAnother()
    {
        state.Accounts.Add(AccountSamples.Account);
        state.Accounts.Add(AccountSamples.Account with { Id = "taken" });

        state.Accounts.Update("23526813", account => account with { Id = "renamed" });

        Assert.Null(state.Accounts.Get("23526813"));
        Assert.NotNull(state.Accounts.Get("renamed"));
        Assert.Throws<InvalidOperationException>(() => state.Accounts.Update("renamed", account => account with { Id = "taken" }));
        Assert.Equal(["renamed", "taken"], state.Accounts.List().Select(account => account.Id));
    }

    [Fact]
    public void AChangeThatThrows_StoresNothing()
    {
        var account = state.Accounts.Add(AccountSamples.Account);

        Assert.Throws<FormatException>(() => state.Accounts.Update("23526813", _ => throw new FormatException()));

        Assert.Same(account, state.Accounts.Get("23526813"));
    }

    [Fact]
    public void Remove_ReturnsTheAccountAsCancelled_RaisesAccountRemovedLast_AndAnUnknownIdIsNull()
    {
        var raised = new List<EmulatorEvent>();
        state.Events.Raised += (_, change) => raised.Add(change);
        state.Accounts.Add(AccountSamples.Account);

        var removed = state.Accounts.Remove("23526813");

        Assert.NotNull(removed);
        Assert.Equal("INACTIVE CANCELLED CANCELLED", string.Join(" ", [removed.Status, .. removed.Services.Select(service => service.Status)]));
        Assert.Equal(new AccountRemoved(removed), raised[^1]);
        Assert.Null(state.Accounts.Remove("23526813"));
        Assert.Equal(0, state.Accounts.Count);
    }

    [Fact]
    public void ChangingAnUnknownAccount_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => state.Accounts.Update("nobody", account => account));
        Assert.Null(state.Accounts.Get("nobody"));
    }
}
