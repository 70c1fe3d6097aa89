using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>A success status whose body is not JSON, e.g. an HTML page from something in front of the API.</summary>
public class UnreadableAnswerTests
{
    [Fact]
    public async Task A_ticket_created_but_answered_with_an_HTML_page_is_an_unreadable_answer_that_says_to_look_before_creating_it_again()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/ticket", AfterProcessing = true, HtmlPage = true });

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.UnreadableAnswer,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Equal("Agilant.AgilantResponseException", error.Exception.GetType().FullName);
        Assert.Equal(
            "POST /ticket succeeded, but its answer is not JSON (201 Created, text/html). The change may have been made. "
            + "Before creating the ticket again, look for it with Get-AgilantTicket: -Debug shows the answer, which may hold its number.",
            error.ErrorDetails.Message);
        Assert.DoesNotContain("correct the request", error.ErrorDetails.Message, System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, emulator.State.Tickets.Count);
        Assert.Single(emulator.Requests.All);
    }

    [Fact]
    public async Task A_ticket_changed_but_answered_with_an_HTML_page_says_the_change_may_have_been_made_and_how_to_check()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com").ShouldHaveNoErrors();
        emulator.Faults.Add(new Fault { Method = "PUT", PathPrefix = "/ticket", AfterProcessing = true, HtmlPage = true });

        ScriptResult result = engine.Run("Set-AgilantTicket $t.TicketNumber -Status CLOSED");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.UnreadableAnswer,Agilant.PowerShell.Commands.SetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Equal(10000001, error.TargetObject);
        Assert.Equal(
            "PUT /ticket/10000001 succeeded, but its answer is not JSON (200 OK, text/html). The change may have been made. "
            + "Before sending it again, check with Get-AgilantTicket 10000001: -Debug shows the answer.",
            error.ErrorDetails.Message);
        Assert.Equal("CLOSED", emulator.State.Tickets.Get(10000001)!.Status);
        Assert.Equal(1, emulator.Requests.All.Count(request => request.Method == "PUT"));
    }

    [Fact]
    public async Task A_read_answered_with_an_HTML_page_is_an_unreadable_answer_that_says_nothing_of_changes()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com").ShouldHaveNoErrors();
        emulator.Faults.Add(new Fault { Method = "GET", StatusCode = 200, HtmlPage = true });

        ScriptResult result = engine.Run("Get-AgilantTicket $t.TicketNumber");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.UnreadableAnswer,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(
            "GET /ticket/10000001 succeeded, but its answer is not JSON (200 OK, text/html). "
            + "Run the call again with -Debug to see the answer, and report it to Agilant Solutions.",
            error.ErrorDetails.Message);
    }
}
