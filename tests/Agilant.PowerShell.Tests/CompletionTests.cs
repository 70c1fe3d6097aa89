using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Tab completion of the key parameters offers the records the session has read or written, newest first, with a
/// tooltip naming each, and Invoke-AgilantRequest's route the documented routes: asked through TabExpansion2, as
/// PowerShell's own Tab and Ctrl+Space do.
/// </summary>
public class CompletionTests
{
    [Fact]
    public async Task Ticket_numbers_are_the_tickets_just_read_newest_first_with_their_subjects_and_completing_calls_nothing()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Get-AgilantTicket 10000001 | Out-Null; Get-AgilantTicket 10000002 | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        List<CompletionResult> offered = Complete(engine, "Set-AgilantTicket -TicketNumber ");

        Assert.Equal(new[] { "10000002", "10000001" }, offered.Select(result => result.CompletionText));
        Assert.Equal("Printer offline [NEW_TICKET]", offered[0].ToolTip);
        Assert.Equal("My computer won't boot up [IN_PROGRESS]", offered[1].ToolTip);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task A_ticket_seen_again_comes_first_once_and_what_is_typed_narrows_the_offer()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            10000001, 10000002 | Get-AgilantTicket -ThrottleLimit 4 | Out-Null
            $created = New-AgilantTicket -Subject 'Screen flickers' -Message m -EmailAddress ann@testco.com
            Get-AgilantTicket 10000001 | Out-Null
            """).ShouldHaveNoErrors();
        string created = engine.Run("$created.TicketNumber").Output.Single().ToString();

        Assert.Equal(new[] { "10000001", created, "10000002" }, Texts(engine, "Add-AgilantTicketReply "));
        Assert.Equal(new[] { "10000002" }, Texts(engine, "Get-AgilantTicket 10000002"));
        Assert.Empty(Texts(engine, "Get-AgilantTicket 9"));
        Assert.Equal("Screen flickers [NEW_TICKET]", Complete(engine, "Get-AgilantTicket " + created).Single().ToolTip);
    }

    [Fact]
    public async Task Account_ids_carry_the_holders_name_and_an_id_that_needs_quotes_is_quoted()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            Get-AgilantAccount 23526813 | Out-Null
            New-AgilantAccount -Id 'ACME 7' -FirstName Ann -LastName Lee -EmailAddress ann@acme.com -SkuNumber IHIO-SMARTTV -PurchaseDate 2024-01-01 | Out-Null
            """).ShouldHaveNoErrors();

        List<CompletionResult> offered = Complete(engine, "Set-AgilantAccount -Id ");

        Assert.Equal(new[] { "'ACME 7'", "23526813" }, offered.Select(result => result.CompletionText));
        Assert.Equal(new[] { "Ann Lee", "Jane Doe, ABC Company [ACTIVE]" }, offered.Select(result => result.ToolTip));
        Assert.Equal(new[] { "'ACME 7'" }, Texts(engine, "Remove-AgilantAccount 'AC"));
        Assert.Equal(new[] { "'ACME 7'", "23526813" }, Texts(engine, "Get-AgilantService -AccountId "));
        Assert.Equal(new[] { "'ACME 7'", "23526813" }, Texts(engine, "Get-AgilantAgentLink "));
    }

    [Fact]
    public async Task Skus_and_line_numbers_are_those_of_the_account_on_the_command_line()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            Get-AgilantAccount 23526813 | Out-Null
            New-AgilantService 23526813 PREM-SECURITY 2024-02-01 | Out-Null
            New-AgilantAccount -Id C2 -FirstName Ann -LastName Lee -EmailAddress ann@acme.com -SkuNumber TECH-SUPPORT -PurchaseDate 2024-01-01 | Out-Null
            """).ShouldHaveNoErrors();

        Assert.Equal(new[] { "TECH-SUPPORT", "PREM-SECURITY", "IHIO-SMARTTV" }, Texts(engine, "Get-AgilantService -SkuNumber "));
        Assert.Equal(new[] { "PREM-SECURITY", "IHIO-SMARTTV" }, Texts(engine, "Set-AgilantService 23526813 -SkuNumber "));
        Assert.Equal(new[] { "3", "1" }, Texts(engine, "Remove-AgilantService -AccountId 23526813 -SkuNumber PREM-SECURITY -LineNumber "));
        CompletionResult line = Complete(engine, "Set-AgilantService 23526813 IHIO-SMARTTV ").Single();
        Assert.Equal(("2", "IHIO-SMARTTV line 2 of account 23526813 [ACTIVE]"), (line.CompletionText, line.ToolTip));
    }

    [Fact]
    public async Task Order_numbers_carry_the_contact_and_status_and_item_skus_and_lines_their_order_s()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Get-AgilantOrder 12345678 -OrderApi | Out-Null; Get-AgilantOrder 89023475 | Out-Null").ShouldHaveNoErrors();

        Assert.Equal(new[] { "89023475", "12345678" }, Texts(engine, "Set-AgilantOrder -Number "));
        Assert.StartsWith("John ", Complete(engine, "Get-AgilantOrder 8902").Single().ToolTip);
        Assert.EndsWith("[QUOTE_CREATED]", Complete(engine, "Get-AgilantOrder 8902").Single().ToolTip);
        Assert.Equal(new[] { "89023475", "12345678" }, Texts(engine, "Send-AgilantDiagnostic -OrderNumber "));
        Assert.Equal(new[] { "890345563", "346346" }, Texts(engine, "Remove-AgilantOrderItem 89023475 -SkuNumber "));
        CompletionResult line = Complete(engine, "Remove-AgilantOrderItem 89023475 346346 ").Single();
        Assert.Equal(("2", "346346 line 2 of order 89023475: In-Home Smart Doorbell Installation [COMPLETE]"), (line.CompletionText, line.ToolTip));
        Assert.Equal(new[] { "1", "2" }, Texts(engine, "Set-AgilantOrderItem 89023475 -LineNumber "));
    }

    [Fact]
    public async Task Each_session_offers_what_was_read_or_written_through_it()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        Assert.Empty(Texts(engine, "Get-AgilantAccount -Id "));
        engine.Run("""
            Get-AgilantTicket 10000001 | Out-Null
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -InformationAction Ignore
            """).ShouldHaveNoErrors();

        Assert.Empty(Texts(engine, "Set-AgilantTicket -TicketNumber "));
        Assert.Equal(new[] { "10000001" }, Texts(engine, "Set-AgilantTicket -Session $Session -TicketNumber "));
    }

    [Fact]
    public async Task Routes_are_the_documented_ones_then_filled_from_what_was_seen()
    {
        await using var emulator = await SeededEmulatorAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Get-AgilantTicket 10000002 | Out-Null; Get-AgilantAccount 23526813 | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        List<CompletionResult> ticketRoutes = Complete(engine, "Invoke-AgilantRequest /ticket");

        Assert.Equal(
            new[] { "/ticket", "'/ticket/{ticketNumber}'", "'/ticket/{ticketNumber}/reply'", "/ticket/10000002", "/ticket/10000002/reply" },
            ticketRoutes.Select(result => result.CompletionText));
        Assert.Equal("GET, PUT: Ticketing API: read or update a ticket", ticketRoutes[1].ToolTip);
        Assert.Equal("GET, PUT /ticket/{ticketNumber}: Printer offline [NEW_TICKET]", ticketRoutes[3].ToolTip);
        Assert.Equal(
            new[] { "/account/23526813", "/account/23526813/service/PREM-SECURITY", "/account/23526813/service/IHIO-SMARTTV" },
            Texts(engine, "Invoke-AgilantRequest -Method DELETE /account/2"));
        Assert.Equal(
            new[] { "/ticket", "'/ticket/{ticketNumber}/reply'", "'/account'", "'/account/{id}/service'", "'/order/{orderNumber}/diagnostic'", "/ticket/10000002/reply", "/account/23526813/service" }
                .Select(route => route.Trim('\'')),
            Texts(engine, "Invoke-AgilantRequest -Method POST -Route ").Select(route => route.Trim('\'')));
        Assert.Contains("/provider", Texts(engine, "Invoke-AgilantRequest /p"));
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public void Routes_are_offered_before_connecting()
    {
        using var engine = new Engine();

        Assert.Equal(12, Texts(engine, "Invoke-AgilantRequest ").Count);
    }

    /// <summary>
    /// An emulator holding tickets 10000001 ("My computer won't boot up", IN_PROGRESS) and 10000002 ("Printer offline"),
    /// and account 23526813 (Jane Doe) with PREM-SECURITY on line 1 and IHIO-SMARTTV on line 2, made through a session
    /// of their own, so that the test's session has seen none of them; the sample orders are the emulator's own.
    /// </summary>
    private static async Task<AgilantEmulator> SeededEmulatorAsync()
    {
        AgilantEmulator emulator = await AgilantEmulator.StartAsync();
        using var seeder = Engine.ConnectedTo(emulator);
        seeder.Run("""
            New-AgilantTicket -Subject "My computer won't boot up" -Message m -EmailAddress johnsmith@testco.com | Set-AgilantTicket -Status IN_PROGRESS
            New-AgilantTicket -Subject 'Printer offline' -Message m -EmailAddress marydoe@testco.com | Out-Null
            New-AgilantAccount 23526813 -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -BusinessName 'ABC Company' -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 | Out-Null
            New-AgilantService 23526813 IHIO-SMARTTV 2020-01-01 | Out-Null
            """).ShouldHaveNoErrors();
        return emulator;
    }

    private static List<string> Texts(Engine engine, string line) => Complete(engine, line).Select(result => result.CompletionText).ToList();

    private static List<CompletionResult> Complete(Engine engine, string line)
    {
        engine.Set("completionLine", line);
        ScriptResult result = engine.Run("(TabExpansion2 -inputScript $completionLine -cursorColumn $completionLine.Length).CompletionMatches");
        result.ShouldHaveNoErrors();
        return result.Output.Select(item => (CompletionResult)item.BaseObject).ToList();
    }
}
