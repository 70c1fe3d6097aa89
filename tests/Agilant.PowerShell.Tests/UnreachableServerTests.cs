using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// A server that cannot be reached costs one record's retries, not every record's: the emulator is stopped after
/// connecting, so that its port refuses connections, and the retries wait nothing (-RetryIntervalSec 0).
/// </summary>
public class UnreachableServerTests
{
    [Fact]
    public async Task After_the_first_record_finds_no_server_the_rest_of_the_pipeline_is_not_attempted()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        await emulator.DisposeAsync();

        ScriptResult result = engine.Run("10000001..10000050 | Get-AgilantTicket -Verbose");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Output);
        Assert.Equal(50, result.Errors.Count);
        ErrorRecord first = result.Errors[0];
        Assert.Equal("Agilant.ConnectionFailed,Agilant.PowerShell.Commands.GetAgilantTicketCommand", first.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, first.CategoryInfo.Category);
        Assert.Equal(10000001, first.TargetObject);
        Assert.Matches(@"^GET /ticket/10000001 could not reach the server after 4 attempts over [0-9.]+ s: ", first.ErrorDetails.Message);
        Assert.EndsWith(
            "Check the -BaseUri or -Environment given to Connect-Agilant (Get-AgilantSession shows the address), any proxy, the network and any firewall."
            + " The command's remaining records are not attempted.",
            first.ErrorDetails.Message);

        Assert.All(result.Errors.Skip(1), error =>
        {
            Assert.Equal("Agilant.NotAttempted,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
            Assert.Contains("was not attempted: the server could not be reached just before (GET /ticket/10000001 could not reach the server", error.ErrorDetails.Message);
            Assert.EndsWith("Then run the command again for the records not attempted.", error.ErrorDetails.Message);
        });
        Assert.Equal(Enumerable.Range(10000002, 49).Cast<object>(), result.Errors.Skip(1).Select(error => error.TargetObject));
        Assert.Equal(4, result.Verbose.Count(line => line.Contains("failed in", StringComparison.Ordinal) && line.Contains("(attempt ", StringComparison.Ordinal)));
        Assert.Equal(49, result.Verbose.Count(line => line.EndsWith(": not attempted, the server could not be reached just before.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rows_for_a_server_that_cannot_be_reached_each_end_as_their_own_error_naming_the_row()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        await emulator.DisposeAsync();

        ScriptResult result = engine.Run("""
            1..5 | ForEach-Object { [pscustomobject]@{ Subject = "Row $_"; Message = 'm'; EmailAddress = 'a@testco.com' } } |
                New-AgilantTicket -ErrorVariable failed -ErrorAction SilentlyContinue -Verbose
            $failed.TargetObject.Subject
            """);

        Assert.Equal(new[] { "Row 1", "Row 2", "Row 3", "Row 4", "Row 5" }, result.Output.Select(row => row.ToString()));
        Assert.Single(result.Verbose, line => line.Contains("(attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bulk_import_for_a_server_that_cannot_be_reached_tries_one_batch_and_ends_every_row_as_its_error()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        await emulator.DisposeAsync();

        ScriptResult result = engine.Run("""
            1..250 | ForEach-Object { [pscustomobject]@{ Id = "BULK$_"; FirstName = 'F'; LastName = 'L'; Email = "u$_@testco.com" } } |
                New-AgilantAccount -Verbose
            """);

        Assert.Equal(250, result.Errors.Count);
        Assert.All(result.Errors.Take(100), error => Assert.StartsWith("Agilant.ConnectionFailed,", error.FullyQualifiedErrorId));
        Assert.All(result.Errors.Skip(100), error => Assert.StartsWith("Agilant.NotAttempted,", error.FullyQualifiedErrorId));
        Assert.Equal("BULK250", ((PSObject)result.Errors[249].TargetObject).Properties["Id"].Value);
        Assert.Equal(4, result.Verbose.Count(line => line.StartsWith("POST /account: failed in", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Verbose, line => line.StartsWith("GET ", StringComparison.Ordinal) && line.Contains("(attempt ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connection_that_broke_during_a_change_says_it_may_have_been_made_and_the_pipeline_goes_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/ticket", DropConnection = true, AfterProcessing = true });

        ScriptResult result = engine.Run("""
            'First', 'Second' | ForEach-Object { [pscustomobject]@{ Subject = $_; Message = 'm'; EmailAddress = 'a@testco.com' } } | New-AgilantTicket
            """);

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.ConnectionFailed,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.EndsWith("The change may or may not have been made: check with Get-AgilantTicket before trying again.", error.ErrorDetails.Message);
        Assert.Equal("Second", (string)Assert.Single(result.Objects("Agilant.Ticket")).Subject);
        Assert.Equal(2, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task Each_command_finds_out_for_itself_so_a_server_that_comes_back_is_used_again()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        await emulator.DisposeAsync();

        ScriptResult result = engine.Run("10000001, 10000002 | Get-AgilantTicket; 10000003 | Get-AgilantTicket");

        Assert.Equal(
            new[] { "Agilant.ConnectionFailed", "Agilant.NotAttempted", "Agilant.ConnectionFailed" },
            result.Errors.Select(error => error.FullyQualifiedErrorId.Split(',')[0]));
    }

    [Fact]
    public async Task Stopping_while_a_dead_server_is_retried_stops_at_once()
    {
        var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -RetryIntervalSec 60").ShouldHaveNoErrors();
        await emulator.DisposeAsync();
        using var shell = engine.Shell("10000001..10000050 | Get-AgilantTicket -Verbose");
        var waiting = new TaskCompletionSource();
        shell.Streams.Verbose.DataAdded += (_, added) =>
        {
            if (shell.Streams.Verbose[added.Index].Message.Contains("; attempt 2 of 4 in ", StringComparison.Ordinal))
            {
                waiting.TrySetResult();
            }
        };

        IAsyncResult pending = shell.BeginInvoke();
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopwatch = Stopwatch.StartNew();
        await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop).WaitAsync(TimeSpan.FromSeconds(30));
        ScriptResult result = Engine.Collect(shell, () => shell.EndInvoke(pending));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {stopwatch.Elapsed}.");
        Assert.IsType<PipelineStoppedException>(result.Terminating);
        Assert.Empty(result.Errors);
    }
}
