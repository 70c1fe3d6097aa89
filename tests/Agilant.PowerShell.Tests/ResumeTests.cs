using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>-Resume: a re-run of the same rows after a partial failure or Ctrl+C ends clean.</summary>
public class ResumeTests
{
    private const string Rows = """
        $rows = foreach ($i in 1..300) {
            [pscustomobject]@{
                Id = 'R{0:0000}' -f $i; FirstName = "First$i"; LastName = "Last$i"; Email = "user$i@testco.com"
                SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'
            }
        }
        """;

    [Fact]
    public async Task A_rerun_after_Ctrl_C_creates_every_row_exactly_once_and_reports_every_row()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        var reported = new List<string>();
        engine.Set("reported", reported);
        // The first batch goes alone; the second (R0011 to R0020) is held by the server, unapplied, while the next seven
        // are sent and created: their rows exist but are not reported, since the output keeps the input's order. Then Ctrl+C.
        emulator.Faults.Add(new Fault { Method = "POST", BodyContains = "\"R0011\"", Delay = TimeSpan.FromMinutes(5) });

        using (RunningScript first = engine.Start(Rows + """

            $rows | New-AgilantAccount -BatchSize 10 | ForEach-Object { $reported.Add($_.Id) }
            """))
        {
            await emulator.Requests.WaitForAsync(_ => emulator.Requests.All.Count(request => request.StatusCode == 201) == 8).WaitAsync(TimeSpan.FromSeconds(60));
            await first.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.IsType<PipelineStoppedException>(first.Finish().Terminating);
        }

        var existedBefore = emulator.State.Accounts.List().Select(account => account.Id).ToHashSet();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"R{i:0000}"), reported);
        Assert.Equal(80, existedBefore.Count);

        ScriptResult rerun = engine.Run(Rows + """

            $rows | New-AgilantAccount -BatchSize 10 -Resume
            """);

        rerun.ShouldHaveNoErrors();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"R{i:0000}"), rerun.Output.Select(item => item.Properties["Id"].Value.ToString()));
        Assert.Equal(
            existedBefore.OrderBy(id => id),
            rerun.Output.Where(item => (bool)item.Properties["AlreadyThere"].Value).Select(item => item.Properties["Id"].Value.ToString()).OrderBy(id => id));
        Assert.All(rerun.Output, item => Assert.Equal("Agilant.Account#Resume", item.TypeNames[0]));
        Assert.Equal(300, emulator.State.Accounts.Count);
        var createdBySuccessfulPosts = emulator.Requests.All
            .Where(request => request.Method == "POST" && request.StatusCode == 201)
            .SelectMany(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("account").EnumerateArray())
            .Select(account => account.GetProperty("id").GetString())
            .ToList();
        Assert.Equal(300, createdBySuccessfulPosts.Count);
        Assert.Equal(300, createdBySuccessfulPosts.Distinct().Count());
    }

    [Fact]
    public async Task Resume_reads_back_only_the_ids_the_server_names_and_writes_them_as_already_there()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(Rows + "\n$rows[0..149] | New-AgilantAccount | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult rerun = engine.Run(Rows + """

            $rows | New-AgilantAccount -Resume | ForEach-Object { '{0} {1}' -f $_.Id, $_.AlreadyThere }
            """);

        rerun.ShouldHaveNoErrors();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"R{i:0000} {i <= 150}"), rerun.Output.Select(item => item.ToString()));
        var gets = emulator.Requests.All.Where(request => request.Method == "GET").Select(request => request.Path).ToList();
        Assert.Equal(150, gets.Count);
        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"/account/R{i:0000}"), gets.Order());
        Assert.Equal(4, emulator.Requests.All.Count(request => request.Method == "POST"));
    }

    [Fact]
    public async Task An_account_that_exists_but_differs_is_an_error_naming_the_row_and_the_fields_that_differ()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("New-AgilantAccount D1 -FirstName Jane -LastName Doe -EmailAddress jane@testco.com -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 | Out-Null")
            .ShouldHaveNoErrors();

        ScriptResult rerun = engine.Run("""
            $row = [pscustomobject]@{ Id = 'D1'; FirstName = 'Jane'; LastName = 'Dow'; Email = 'jd@testco.com'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-02-01' }
            $same = [pscustomobject]@{ Id = 'D2'; FirstName = 'New'; LastName = 'Row'; Email = 'new@testco.com' }
            $row, $same | New-AgilantAccount -Resume | ForEach-Object Id
            """);

        Assert.Equal(new[] { "D2" }, rerun.Output.Select(item => item.ToString()));
        ErrorRecord error = Assert.Single(rerun.Errors);
        Assert.Equal("Agilant.ExistsAndDiffers,Agilant.PowerShell.Commands.NewAgilantAccountCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("D1", ((PSObject)error.TargetObject).Properties["Id"].Value);
        Assert.Equal(
            "Account 'D1' exists already and differs from the row: LastName: row 'Dow' / server 'Doe'; EmailAddress: row 'jd@testco.com' / server 'jane@testco.com';"
            + " Services line 1 PurchaseDate: row '2020-02-01' / server '2020-01-01'. Correct the row, or change the record on the server"
            + " (Set-AgilantAccount, Set-AgilantService), then run the command again with -Resume.",
            error.ErrorDetails.Message);
    }

    [Fact]
    public async Task Service_rows_run_again_with_Resume_add_no_service_twice()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        const string serviceRows = """
            New-AgilantAccount S1 -FirstName Sam -LastName Row -EmailAddress sam@testco.com -ErrorAction Ignore | Out-Null
            $services = @(
                [pscustomobject]@{ AccountId = 'S1'; SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = '2020-02-01'; LineNumber = '' }
                [pscustomobject]@{ AccountId = 'S1'; SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = '2020-02-01'; LineNumber = '' }
                [pscustomobject]@{ AccountId = 'S1'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-03-01'; LineNumber = '' }
            )
            """;
        engine.Run(serviceRows + "\n$services[0..1] | New-AgilantService | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult rerun = engine.Run(serviceRows + """

            $services | New-AgilantService -Resume | ForEach-Object { '{0} {1} {2}' -f $_.LineNumber, $_.SkuNumber, $_.AlreadyThere }
            """);

        rerun.ShouldHaveNoErrors();
        Assert.Equal(new[] { "1 IHIO-SMARTTV True", "2 IHIO-SMARTTV True", "3 PREM-SECURITY False" }, rerun.Output.Select(item => item.ToString()));
        Assert.Equal(3, emulator.State.Accounts.Get("S1")!.Services.Count);
        Assert.Equal(1, emulator.Requests.All.Count(request => request.Method == "POST" && request.Path == "/account/S1/service"));
    }

    [Fact]
    public async Task A_service_line_that_holds_something_else_is_an_error_naming_the_fields()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("New-AgilantAccount S2 -FirstName Sam -LastName Row -EmailAddress sam@testco.com -SkuNumber IHIO-SMARTTV -PurchaseDate 2020-02-01 | Out-Null")
            .ShouldHaveNoErrors();

        ScriptResult rerun = engine.Run("""
            [pscustomobject]@{ AccountId = 'S2'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-02-01'; LineNumber = 1 } |
                New-AgilantService -Resume
            """);

        Assert.Empty(rerun.Output);
        ErrorRecord error = Assert.Single(rerun.Errors);
        Assert.Equal("Agilant.ExistsAndDiffers,Agilant.PowerShell.Commands.NewAgilantServiceCommand", error.FullyQualifiedErrorId);
        Assert.StartsWith("Service line 1 of account 'S2' exists already and differs from the row: SkuNumber: row 'PREM-SECURITY' / server 'IHIO-SMARTTV'.", error.ErrorDetails.Message);
        Assert.Single(emulator.State.Accounts.Get("S2")!.Services);
    }

    // -WhatIf sends nothing, reads included: the resume check would need a connection and a GET.
    [Fact]
    public async Task Resume_with_WhatIf_reads_nothing()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("New-AgilantService -AccountId 23526813 -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 -Resume -WhatIf");

        result.ShouldHaveNoErrors();
        Assert.Empty(emulator.Requests.All);
    }
}
