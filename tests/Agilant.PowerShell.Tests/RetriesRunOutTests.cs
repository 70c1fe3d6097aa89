using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>The error after the last retry says how many attempts were made, over how long.</summary>
public class RetriesRunOutTests
{
    [Fact]
    public async Task A_service_unavailable_to_the_last_retry_says_how_many_attempts_over_how_long()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "GET", StatusCode = 503, Error = "Down for maintenance", Times = 4 });

        ScriptResult result = engine.Run("Get-AgilantTicket 10000001");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.ServiceUnavailable,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Matches(
            @"^Down for maintenance\. \(GET /ticket/10000001 answered 503 Service Unavailable after 4 attempts over [0-9.]+ s\.\) ",
            error.ErrorDetails.Message);
        Assert.Equal(4, emulator.Requests.All.Count);
    }

    [Fact]
    public async Task Timeouts_to_the_last_retry_say_how_many_attempts_over_how_long()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -RetryIntervalSec 0 -TimeoutSec 0.2 -MaximumRetryCount 2")
            .ShouldHaveNoErrors();
        emulator.Faults.Add(new Fault { Method = "GET", Delay = TimeSpan.FromMinutes(5), Times = 3 });

        ScriptResult result = engine.Run("Get-AgilantTicket 10000001");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.Timeout,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Matches(@"^GET /ticket/10000001 got no answer within 0\.2 s, after 3 attempts over [0-9.]+ s\. ", error.ErrorDetails.Message);
    }

    [Fact]
    public async Task A_change_whose_gateway_timeouts_outlast_the_retries_says_how_often_and_which_command_shows_whether_it_was_made()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$null = New-AgilantAccount -Id 'ACC 1' -FirstName Ann -LastName Lee -EmailAddress ann@testco.com").ShouldHaveNoErrors();
        emulator.Faults.Add(new Fault { Method = "PUT", StatusCode = 504, AfterProcessing = true, Times = 4 });

        ScriptResult result = engine.Run("Set-AgilantAccount 'ACC 1' -FirstName Anna");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.GatewayTimeout,Agilant.PowerShell.Commands.SetAgilantAccountCommand", error.FullyQualifiedErrorId);
        Assert.Matches(
            @"\(PUT /account/ACC%201 answered 504 Gateway Timeout after 4 attempts over [0-9.]+ s\.\) "
            + @"The change may or may not have been made: check with Get-AgilantAccount 'ACC 1' before trying again\.$",
            error.ErrorDetails.Message);
        Assert.Equal(4, emulator.Requests.All.Count(request => request.Method == "PUT"));
    }
}
