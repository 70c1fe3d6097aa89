using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class NewAgilantAccountTests
{
    [Fact]
    public async Task A_thousand_rows_with_bad_and_existing_ones_create_every_good_row_and_name_every_bad_one()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            'A0100', 'A0450', 'A0999' | ForEach-Object {
                New-AgilantAccount -Id $_ -FirstName Someone -LastName Else -EmailAddress else@testco.com
            } | Out-Null
            """).ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            $rows = foreach ($i in 1..1000) {
                [pscustomobject]@{
                    Id = 'A{0:0000}' -f $i; FirstName = "First$i"; LastName = "Last$i"; Email = "user$i@testco.com"
                    SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'
                }
            }
            $rows[9].Email = 'not-an-address'
            $rows[199].FirstName = ''
            $rows[299].PurchaseDate = '2020-13-45'
            $rows[399].PurchaseDate = ''
            $rows[599].Id = '..'
            $created = $rows | New-AgilantAccount -ErrorVariable failures -ErrorAction SilentlyContinue
            $created.Count
            foreach ($failure in $failures) {
                [pscustomobject]@{
                    Row = [array]::IndexOf($rows, $failure.TargetObject)
                    Id = $failure.FullyQualifiedErrorId
                    Message = if ($failure.ErrorDetails) { $failure.ErrorDetails.Message } else { $failure.Exception.Message }
                }
            }
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(992, (int)result.Output[0].BaseObject);
        var failures = result.Output.Skip(1).Cast<dynamic>().ToList();
        Assert.Equal(new[] { 9, 99, 199, 299, 399, 449, 599, 998 }, failures.Select(failure => (int)failure.Row).OrderBy(row => row));
        Assert.All(failures, failure => Assert.False(string.IsNullOrWhiteSpace((string)failure.Message)));
        Assert.Contains(failures, failure => ((string)failure.Message).Contains("not-an-address"));
        Assert.Contains(failures, failure => ((string)failure.Message).Contains("'2020-13-45' is not a valid date"));
        Assert.Contains(failures, failure => ((string)failure.Message).StartsWith("PurchaseDate is required with SkuNumber"));
        Assert.Equal(3, failures.Count(failure => ((string)failure.Id).StartsWith("Agilant.AlreadyExists,")));
        Assert.Equal(995, emulator.State.Accounts.Count);
        Assert.InRange(emulator.Requests.Count, 10, 24);
    }

    // One batch in flight at a time, so that the order the emulator receives them in is the order they were sent.
    [Fact]
    public async Task Rows_are_sent_in_batches_of_BatchSize_with_the_last_partial_batch_at_the_end()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            1..25 | ForEach-Object { [pscustomobject]@{ Id = "B$_"; FirstName = 'F'; LastName = 'L'; EmailAddress = "b$_@testco.com" } } |
                New-AgilantAccount -BatchSize 10 -ThrottleLimit 1 | ForEach-Object Id
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"B{i}"), result.Output.Select(item => item.ToString()));
        Assert.Equal(new[] { 10, 10, 5 }, emulator.Requests.All.Select(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("account").GetArrayLength()));
    }

    [Fact]
    public async Task Progress_tells_rows_sent_created_failed_and_rate()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        using var shell = engine.Shell("""
            1..30 | ForEach-Object { [pscustomobject]@{ Id = "P$_"; FirstName = 'F'; LastName = 'L'; EmailAddress = "p$_@testco.com" } } |
                New-AgilantAccount -BatchSize 10 | Out-Null
            """);
        shell.Invoke();

        var progress = shell.Streams.Progress.ToList();
        Assert.Contains(progress, record => record.StatusDescription.StartsWith("30 sent, 30 created, 0 failed"));
        Assert.Equal(ProgressRecordType.Completed, progress.Last().RecordType);
        Assert.Matches(@"accounts/s$", progress.Last().StatusDescription);
    }

    [Fact]
    public async Task A_batch_applied_although_the_gateway_lost_the_answer_is_reported_created()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/account", StatusCode = 504, AfterProcessing = true });

        ScriptResult result = engine.Run("""
            1..20 | ForEach-Object { [pscustomobject]@{ Id = "R$_"; FirstName = 'F'; LastName = 'L'; EmailAddress = "r$_@testco.com" } } |
                New-AgilantAccount -Verbose | ForEach-Object Id
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(20, result.Output.Count);
        Assert.Equal(20, emulator.State.Accounts.Count);
        Assert.Equal(2, emulator.Requests.Filter("POST", "/account").Count);
        Assert.Contains(result.Verbose, line => line.Contains("answer was lost"));
    }

    [Fact]
    public async Task A_row_may_carry_one_service_as_columns_and_Service_adds_more()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Id = 'S1'; FirstName = 'Jane'; LastName = 'Doe'; Email = 'jdoe@abccompany.com'; Phone = '534-555-3467'
                               BusinessName = 'ABC Company'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; RenewalDate = '2021-01-01' } |
                New-AgilantAccount -Service @{ SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = [datetime]'2020-02-01'; Comment = 'Call first' } | Out-Null
            Get-AgilantAccount S1
            """);

        result.ShouldHaveNoErrors();
        dynamic account = Assert.Single(result.Objects("Agilant.Account"));
        Assert.Equal("ABC Company", (string)account.BusinessName);
        var services = ((IEnumerable<object>)account.Services).Cast<dynamic>().ToList();
        Assert.Equal(new[] { "PREM-SECURITY", "IHIO-SMARTTV" }, services.Select(service => (string)service.SkuNumber));
        Assert.Equal(new DateTime(2021, 1, 1), (DateTime)services[0].RenewalDate);
        Assert.Equal("Call first", (string)services[1].Comment);
        Assert.All(services, service => Assert.Equal("S1", (string)service.AccountId));
    }

    [Fact]
    public async Task Services_are_sent_with_line_numbers_so_the_output_pipes_into_Set_AgilantService()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $account = [pscustomobject]@{ Id = 'L1'; FirstName = 'Jane'; LastName = 'Doe'; Email = 'jdoe@abccompany.com'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; LineNumber = 2 } |
                New-AgilantAccount -Service @{ SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = [datetime]'2020-02-01' }, @{ SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = [datetime]'2020-03-01' }
            $account.Services | ForEach-Object { '{0} {1}' -f $_.SkuNumber, $_.LineNumber }
            $account.Services | Set-AgilantService -Comment 'Checked'
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "PREM-SECURITY 2", "IHIO-SMARTTV 1", "IHIO-SMARTTV 3" }, result.Output.Select(item => item.ToString()));
        using var body = JsonDocument.Parse(emulator.Requests.Filter("POST", "/account").Single().Body);
        Assert.Equal(new[] { 2, 1, 3 }, body.RootElement.GetProperty("account")[0].GetProperty("service").EnumerateArray().Select(service => service.GetProperty("lineNumber").GetInt32()));
        var held = emulator.State.Accounts.Get("L1")!.Services;
        Assert.Equal(new[] { 1, 2, 3 }, held.Select(service => service.LineNumber).OrderBy(line => line));
        Assert.All(held, service => Assert.Equal("Checked", service.Comment));
    }

    [Fact]
    public async Task ReadBack_writes_each_account_as_the_server_holds_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            1..12 | ForEach-Object { [pscustomobject]@{ Id = "R$_"; FirstName = 'F'; LastName = 'L'; Email = "r$_@testco.com"; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01' } } |
                New-AgilantAccount -BatchSize 5 -ReadBack
            """);

        result.ShouldHaveNoErrors();
        var accounts = result.Objects("Agilant.Account");
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"R{i}"), accounts.Select(account => (string)account.Id));
        Assert.All(accounts, account =>
        {
            Assert.Equal("ACTIVE", account.Status.ToString());
            Assert.Equal(emulator.State.Accounts.Get((string)account.Id)!.CreateDate.ToDateTime(TimeOnly.MinValue), (DateTime)account.CreateDate);
            dynamic service = Assert.Single((IEnumerable<object>)account.Services);
            Assert.Equal("ACTIVE", service.Status.ToString());
            Assert.Equal(1, (int)service.LineNumber);
        });
        Assert.Equal(3, emulator.Requests.Filter("POST", "/account").Count);
        Assert.Equal(12, emulator.Requests.Filter("GET", "/account").Count);
    }

    [Fact]
    public async Task An_account_created_but_not_read_back_is_written_as_sent_with_a_warning_not_an_error()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/account/W2", StatusCode = 500 });

        ScriptResult result = engine.Run("""
            1..3 | ForEach-Object { [pscustomobject]@{ Id = "W$_"; FirstName = 'F'; LastName = 'L'; Email = "w$_@testco.com" } } |
                New-AgilantAccount -ReadBack
            """);

        result.ShouldHaveNoErrors();
        var accounts = result.Objects("Agilant.Account");
        Assert.Equal(new[] { "W1", "W2", "W3" }, accounts.Select(account => (string)account.Id));
        Assert.Equal(new[] { "ACTIVE", string.Empty, "ACTIVE" }, accounts.Select(account => account.Status?.ToString() ?? string.Empty));
        string warning = Assert.Single(result.Warnings);
        Assert.StartsWith("Account W2 was created, but reading it back failed: ", warning);
        Assert.Equal(3, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task The_same_id_twice_in_the_input_sends_the_first_and_names_the_second()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Id = 'D1'; FirstName = 'F'; LastName = 'L'; Email = 'd@testco.com' },
            [pscustomobject]@{ Id = 'D1'; FirstName = 'G'; LastName = 'L'; Email = 'd@testco.com' } | New-AgilantAccount | ForEach-Object FirstName
            """);

        Assert.Equal("F", Assert.Single(result.Output).ToString());
        Assert.Contains("comes twice", Assert.Single(result.Errors).ErrorDetails.Message);
    }

    [Fact]
    public async Task Each_batch_is_asked_for_once_naming_every_account_in_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            1..3 | ForEach-Object { [pscustomobject]@{ Id = "V$_"; FirstName = 'F'; LastName = "L$_"; Email = "v$_@testco.com" } } |
                New-AgilantAccount -BatchSize 2 -Verbose | Out-Null
            """);

        result.ShouldHaveNoErrors();
        var asked = result.Verbose.Where(line => line.Contains("Account V", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[]
            {
                "Creating 2 accounts:" + Environment.NewLine + "  Account V1 (F L1)" + Environment.NewLine + "  Account V2 (F L2)",
                "Performing the operation \"Create\" on target \"Account V3 (F L3)\".",
            },
            asked);
    }

    [Fact]
    public async Task Confirm_asks_once_for_a_batch_naming_its_first_and_last_account()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Engine.ConnectedTo(emulator, host: host);

        engine.Run("""
            1..2 | ForEach-Object { [pscustomobject]@{ Id = "C$_"; FirstName = 'F'; LastName = "L$_"; Email = "c$_@testco.com" } } |
                New-AgilantAccount -Confirm | Out-Null
            """);

        Assert.Equal(["Create 2 accounts: Create the 2 accounts of this batch, Account C1 (F L1) to Account C2 (F L2)?"], host.Lines.Where(line => line.StartsWith("Create", StringComparison.Ordinal)));
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task WhatIf_sends_no_account()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("New-AgilantAccount -Id W1 -FirstName F -LastName L -EmailAddress w@testco.com -WhatIf");

        result.ShouldHaveNoErrors();
        Assert.Empty(emulator.Requests.All);
    }
}
