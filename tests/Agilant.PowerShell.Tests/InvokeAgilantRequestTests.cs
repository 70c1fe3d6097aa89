using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class InvokeAgilantRequestTests
{
    [Fact]
    public async Task Returns_the_parsed_answer_as_objects_with_properties()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $t = New-AgilantTicket -Subject 'Raw read' -Message m -EmailAddress a@testco.com
            Add-AgilantTicketReply $t.TicketNumber -Message hello -EmailAddress b@testco.com | Out-Null
            $answer = Invoke-AgilantRequest "/ticket/$($t.TicketNumber)"
            $answer.success
            $answer.ticket.subject
            $answer.ticket.ticketNumber -eq $t.TicketNumber
            $answer.ticket.replies[0].message
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { true, "Raw read", true, "hello" }, result.Output.Select(item => item.BaseObject));
    }

    [Fact]
    public async Task Sends_a_hashtable_or_pscustomobject_body_as_JSON_and_a_string_as_it_is()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $n = (Invoke-AgilantRequest /ticket -Method POST -Body ([ordered]@{ emailAddress = 'a@testco.com'; subject = 's'; message = 'm'; priority = [Agilant.TicketPriority]::HIGH })).ticketNumber
            Invoke-AgilantRequest "/ticket/$n" -Method PUT -Body ([pscustomobject]@{ status = 'CLOSED' }) | Out-Null
            Invoke-AgilantRequest "/ticket/$n" -Method put -Body '{"subject":"from text"}' | Out-Null
            (Get-AgilantTicket $n).Status.ToString()
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("CLOSED", Assert.Single(result.Output).ToString());
        Assert.Equal("""{"emailAddress":"a@testco.com","subject":"s","message":"m","priority":"HIGH"}""", emulator.Requests.All[0].Body);
        Assert.Equal("""{"status":"CLOSED"}""", emulator.Requests.All[1].Body);
        Assert.Equal("""{"subject":"from text"}""", emulator.Requests.All[2].Body);
    }

    [Fact]
    public async Task Sends_the_route_as_written_and_Version_2_to_account_routes()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        engine.Run("Invoke-AgilantRequest '/account/a%2Fb' -ErrorAction SilentlyContinue; Invoke-AgilantRequest /ticket/1 -ErrorAction SilentlyContinue");

        Assert.Equal("/account/a%2Fb", emulator.Requests.All[0].RawTarget);
        Assert.Equal("2", emulator.Requests.All[0].Headers["Version"]);
        Assert.False(emulator.Requests.All[1].Headers.ContainsKey("Version"));
    }

    [Fact]
    public async Task A_failing_call_is_an_error_record_with_the_route_as_target()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Invoke-AgilantRequest /ticket/99999; Invoke-AgilantRequest relative/route");

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Equal("/ticket/99999", result.Errors[0].TargetObject);
        Assert.Equal("Agilant.InvalidArgument,Agilant.PowerShell.Commands.InvokeAgilantRequestCommand", result.Errors[1].FullyQualifiedErrorId);
        Assert.Single(emulator.Requests.All);
    }
}
