using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class AccountCmdletTests
{
    private const string TwoAccounts = """
        New-AgilantAccount -Id 'acct/1' -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -BusinessName 'ABC Company' -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 | Out-Null
        New-AgilantAccount -Id 'acct?2' -FirstName John -LastName Roe -EmailAddress jroe@abccompany.com | Out-Null
        """;

    [Fact]
    public async Task Get_reads_many_ids_from_the_pipeline_with_services_that_know_their_account()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(TwoAccounts + "\n'acct/1', 'acct?2' | Get-AgilantAccount");

        result.ShouldHaveNoErrors();
        var accounts = result.Objects("Agilant.Account");
        Assert.Equal(new[] { "acct/1", "acct?2" }, accounts.Select(account => (string)account.Id));
        Assert.Equal("ACTIVE", accounts[0].Status.ToString());
        Assert.NotNull(accounts[0].CreateDate);
        dynamic service = Assert.Single((IEnumerable<object>)accounts[0].Services);
        Assert.Equal("acct/1", (string)service.AccountId);
        Assert.Equal(1, (int)service.LineNumber);
        Assert.Contains(emulator.Requests.All, request => request.RawTarget == "/account/acct%2F1");
        Assert.Contains(emulator.Requests.All, request => request.RawTarget == "/account/acct%3F2");
    }

    [Fact]
    public async Task Get_reports_a_missing_account_and_goes_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(TwoAccounts + "\nGet-AgilantAccount nobody, 'acct?2'");

        Assert.Single(result.Objects("Agilant.Account"));
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("nobody", error.TargetObject);
        Assert.EndsWith("Check the account id.", error.ErrorDetails.Message);
    }

    [Fact]
    public async Task Set_sends_only_named_fields_and_returns_the_account_read_back()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(TwoAccounts).ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("Get-AgilantAccount 'acct/1' | Set-AgilantAccount -FirstName Janet -BusinessName $null -PassThru");

        result.ShouldHaveNoErrors();
        dynamic account = Assert.Single(result.Objects("Agilant.Account"));
        Assert.Equal("Janet", (string)account.FirstName);
        Assert.Null(account.BusinessName);
        Assert.Equal("Doe", (string)account.LastName);
        Assert.Equal("""{"account":{"firstName":"Janet","businessName":null}}""", emulator.Requests.Filter("PUT").Single().Body);
    }

    [Fact]
    public async Task Set_can_give_an_account_a_new_id()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(TwoAccounts).ShouldHaveNoErrors();

        ScriptResult result = engine.Run("Set-AgilantAccount 'acct?2' -NewId 'acct-2' -PassThru | ForEach-Object Id");

        result.ShouldHaveNoErrors();
        Assert.Equal("acct-2", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public async Task Remove_takes_accounts_from_the_pipeline_and_WhatIf_removes_nothing()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(TwoAccounts).ShouldHaveNoErrors();

        ScriptResult whatIf = engine.Run("Get-AgilantAccount 'acct/1', 'acct?2' | Remove-AgilantAccount -WhatIf");
        int deletesAfterWhatIf = emulator.Requests.Filter("DELETE").Count;
        ScriptResult removed = engine.Run("Get-AgilantAccount 'acct/1', 'acct?2' | Remove-AgilantAccount -Confirm:$false; Get-AgilantAccount 'acct/1' -ErrorAction SilentlyContinue");

        whatIf.ShouldHaveNoErrors();
        Assert.Equal(0, deletesAfterWhatIf);
        removed.ShouldHaveNoErrors();
        Assert.Empty(removed.Output);
        Assert.Equal(new[] { "/account/acct%2F1", "/account/acct%3F2" }, emulator.Requests.Filter("DELETE").Select(request => request.RawTarget));
        Assert.Equal(0, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task Removing_an_account_asks_first_because_it_is_high_impact()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("(Get-Command Remove-AgilantAccount).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact");

        Assert.Equal("High", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public async Task The_agent_link_carries_its_account_id()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(TwoAccounts + "\nGet-AgilantAccount 'acct/1' | Get-AgilantAgentLink");

        result.ShouldHaveNoErrors();
        dynamic link = Assert.Single(result.Objects("Agilant.AgentLink"));
        Assert.Equal("acct/1", (string)link.AccountId);
        Assert.StartsWith("https://", (string)link.Link);
        Assert.Contains(emulator.Requests.All, request => request.RawTarget == "/account/acct%2F1/link/agent");
    }
}
