using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class ErrorHandlingTests
{
    [Fact]
    public async Task A_missing_ticket_is_a_non_terminating_error_and_the_pipeline_goes_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $t = New-AgilantTicket -Subject Found -Message m -EmailAddress a@testco.com
            99999, $t.TicketNumber | Get-AgilantTicket
            """);

        Assert.Null(result.Terminating);
        Assert.Equal("Found", (string)Assert.Single(result.Objects("Agilant.Ticket")).Subject);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("Agilant.NotFound,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(99999, error.TargetObject);
        Assert.Equal("Agilant.AgilantApiException", error.Exception.GetType().FullName);
        Assert.EndsWith("Check the ticket number.", error.ErrorDetails.Message);
        Assert.Contains("GET /ticket/99999 answered 404", error.ErrorDetails.Message);
    }

    [Fact]
    public async Task ErrorAction_Stop_stops_at_the_first_failure()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            try {
                99998, 99999, $t.TicketNumber | Get-AgilantTicket -ErrorAction Stop
                'not reached'
            }
            catch {
                "caught $($_.FullyQualifiedErrorId)"
            }
            """);

        Assert.Equal("caught Agilant.NotFound,Agilant.PowerShell.Commands.GetAgilantTicketCommand", Assert.Single(result.Output).ToString());
        Assert.Single(emulator.Requests.All);
    }

    [Fact]
    public async Task Bad_keys_stop_the_whole_command_instead_of_failing_every_record()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = new Engine();
        engine.Set("BaseUri", emulator.BaseUri);
        engine.Set("Wrong", Engine.Secure("not-the-secret"));
        engine.Set("PublicKey", emulator.Key.PublicKey);

        // Keys that went bad after Connect-Agilant checked them (revoked, or the clock drifted): -SkipCheck stands in for that.
        ScriptResult result = engine.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $Wrong -SkipCheck
            try { 10000001, 10000002, 10000003 | Get-AgilantTicket } catch { $_ }
            """);

        ErrorRecord error = result.Caught;
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Equal("Agilant.Unauthorized,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(10000001, error.TargetObject);
        Assert.Contains("Check the public and secret keys", error.ErrorDetails.Message);
        Assert.Single(emulator.Requests.All);
    }

    [Fact]
    public async Task A_clock_far_from_the_servers_is_named_as_the_cause_of_a_401()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { ClockOffset = System.TimeSpan.FromHours(2) });
        using var engine = new Engine();
        engine.Set("BaseUri", emulator.BaseUri);
        engine.Set("PublicKey", emulator.Key.PublicKey);
        engine.Set("SecretKey", Engine.Secure(emulator.Key.SecretKey));

        // The clock drifted after connecting (Connect-Agilant's own check says the same: ConnectAgilantTests).
        ScriptResult result = engine.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -SkipCheck
            Get-AgilantTicket 10000001
            """);

        Assert.Contains("The server's clock is 120 minutes ahead of this computer's", Assert.Single(result.Errors).ErrorDetails.Message);
    }

    [Fact]
    public async Task A_refused_field_is_an_invalid_argument_naming_the_field()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress not-an-address");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("Agilant.BadRequest,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Contains("emailAddress", error.ErrorDetails.Message);
        Assert.Equal("Agilant.NewTicket", error.TargetObject.GetType().FullName);
    }

    [Fact]
    public async Task A_transient_gateway_error_on_a_read_is_retried_transparently()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com").ShouldHaveNoErrors();
        emulator.Requests.Clear();
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/ticket", StatusCode = 502, Times = 2 });

        ScriptResult result = engine.Run("Get-AgilantTicket $t.TicketNumber -Verbose");

        result.ShouldHaveNoErrors();
        Assert.Single(result.Objects("Agilant.Ticket"));
        Assert.Equal(3, emulator.Requests.All.Count(request => request.Method == "GET"));
        Assert.Contains(result.Verbose, line => line.Contains("(attempt 3)") && line.Contains(": 200 OK"));
    }

    [Fact]
    public async Task A_ticket_whose_creation_got_a_gateway_error_is_never_sent_twice()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/ticket", StatusCode = 504, AfterProcessing = true });

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.GatewayTimeout,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Contains("may or may not have been made", error.ErrorDetails.Message);
        Assert.Single(emulator.Requests.All);
        Assert.Equal(1, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task A_bad_gateway_after_a_change_says_the_change_may_have_been_made()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/ticket", StatusCode = 502, AfterProcessing = true });

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.BadGateway,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Contains("may or may not have been made", error.ErrorDetails.Message);
        Assert.Equal(1, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task A_success_status_whose_body_says_it_failed_is_a_refusal_with_the_APIs_words()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "PUT", PathPrefix = "/ticket", StatusCode = 200, Error = "Ticket is locked" });

        ScriptResult result = engine.Run("Set-AgilantTicket 10000001 -Status CLOSED");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.Refused,Agilant.PowerShell.Commands.SetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.StartsWith("Ticket is locked", error.ErrorDetails.Message);
        Assert.Contains("did not do it", error.ErrorDetails.Message);
    }
}
