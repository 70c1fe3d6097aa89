using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class TicketCmdletTests
{
    [Fact]
    public async Task New_creates_a_ticket_and_returns_it_typed()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            New-AgilantTicket -Subject "My computer won't boot up" -Message 'It does not boot' -EmailAddress johnsmith@testco.com -Priority HIGH -FirstName John -PhoneNumber '(123) 456-7890'
            """);

        result.ShouldHaveNoErrors();
        dynamic ticket = Assert.Single(result.Objects("Agilant.Ticket"));
        Assert.True((int)ticket.TicketNumber > 0);
        Assert.Equal("HIGH", ticket.Priority.ToString());
        Assert.Equal("My computer won't boot up", (string)ticket.Subject);
        Assert.Equal("NEW_TICKET", ticket.Status.ToString());
        Assert.Equal(new[] { "POST", "GET" }, emulator.Requests.All.Select(request => request.Method));
        var sent = emulator.Requests.All[0];
        Assert.Equal("/ticket", sent.RawTarget);
        using var body = JsonDocument.Parse(sent.Body);
        Assert.Equal(
            new[] { "priority", "firstName", "emailAddress", "phoneNumber", "subject", "message" }.OrderBy(name => name),
            body.RootElement.EnumerateObject().Select(property => property.Name).OrderBy(name => name));
    }

    [Fact]
    public async Task A_ticket_created_but_not_read_back_is_written_as_sent_with_a_warning_not_an_error()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/ticket", StatusCode = 500 });

        ScriptResult result = engine.Run("New-AgilantTicket -Subject 'Printer jams' -Message m -EmailAddress ann@testco.com");

        result.ShouldHaveNoErrors();
        dynamic ticket = Assert.Single(result.Objects("Agilant.Ticket"));
        Assert.Equal(TicketStore.FirstTicketNumber, (int)ticket.TicketNumber);
        Assert.Equal("Printer jams", (string)ticket.Subject);
        string warning = Assert.Single(result.Warnings);
        Assert.StartsWith($"Ticket {TicketStore.FirstTicketNumber} was created, but reading it back failed: ", warning);
        Assert.EndsWith($"Get-AgilantTicket {TicketStore.FirstTicketNumber} reads it as the server holds it.", warning);
        Assert.Equal(1, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task New_binds_rows_by_property_name()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            @(
                [pscustomobject]@{ Subject = 'One'; Message = 'm1'; Email = 'a@testco.com'; Priority = 'LOW' }
                [pscustomobject]@{ Subject = 'Two'; Message = 'm2'; EmailAddress = 'b@testco.com'; Phone = '555' }
            ) | New-AgilantTicket
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "One", "Two" }, result.Objects("Agilant.Ticket").Select(ticket => (string)ticket.Subject));
        Assert.Equal(2, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task A_row_without_a_priority_sends_none_even_after_a_row_with_one()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Subject = 'One'; Message = 'm'; Email = 'a@testco.com'; Priority = 'HIGH' },
            [pscustomobject]@{ Subject = 'Two'; Message = 'm'; Email = 'a@testco.com' } | New-AgilantTicket
            """);

        result.ShouldHaveNoErrors();
        Assert.Contains("\"priority\":\"HIGH\"", emulator.Requests.All[0].Body);
        Assert.DoesNotContain("priority", emulator.Requests.All[1].Body);
        Assert.Equal("NORMAL", emulator.State.Tickets.List()[1].Priority);
    }

    [Fact]
    public async Task A_row_whose_field_cannot_be_read_is_reported_by_itself_and_not_sent()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $rows = @(
                [pscustomobject]@{ Subject = 'Good'; Message = 'm'; Email = 'a@testco.com'; Priority = 'LOW' }
                [pscustomobject]@{ Subject = 'Bad'; Message = 'm'; Email = 'a@testco.com'; Priority = 'URGENT' }
                [pscustomobject]@{ Subject = 'Also good'; Message = 'm'; Email = 'a@testco.com'; Priority = '' }
            )
            $rows | New-AgilantTicket
            [object]::ReferenceEquals($Error[0].TargetObject, $rows[1])
            """);

        Assert.Equal(new[] { "Good", "Also good" }, result.Objects("Agilant.Ticket").Select(ticket => (string)ticket.Subject));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.InvalidRow,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.StartsWith("Priority 'URGENT' is not a valid TicketPriority (LOW, NORMAL, HIGH).", error.ErrorDetails.Message);
        Assert.Equal(true, result.Output.Last().BaseObject);
        Assert.Equal(2, emulator.Requests.All.Count(request => request.Method == "POST"));
    }

    [Fact]
    public async Task Get_reads_many_numbers_from_the_pipeline_with_replies_that_know_their_ticket()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $numbers = foreach ($i in 1..5) { (New-AgilantTicket -Subject "Ticket $i" -Message m -EmailAddress a@testco.com).TicketNumber }
            Add-AgilantTicketReply -TicketNumber $numbers[2] -Message 'Have you tried powering off?' -EmailAddress janedoe@testco.com -FirstName Jane | Out-Null
            $numbers | Get-AgilantTicket
            """);

        result.ShouldHaveNoErrors();
        var tickets = result.Objects("Agilant.Ticket");
        Assert.Equal(new[] { "Ticket 1", "Ticket 2", "Ticket 3", "Ticket 4", "Ticket 5" }, tickets.Select(ticket => (string)ticket.Subject));
        Assert.All(tickets, ticket => Assert.Equal("NEW_TICKET", ticket.Status.ToString()));
        dynamic reply = Assert.Single((System.Collections.Generic.IEnumerable<object>)tickets[2].Replies);
        Assert.Equal("Agilant.TicketReply", reply.GetType().FullName);
        Assert.Equal((int)tickets[2].TicketNumber, (int)reply.TicketNumber);
        Assert.Equal("Jane", (string)reply.FirstName);
        Assert.NotNull(reply.RepliedOn);
    }

    [Fact]
    public async Task Get_takes_an_array_and_ticket_objects_by_property_name()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $a = New-AgilantTicket -Subject A -Message m -EmailAddress a@testco.com
            $b = New-AgilantTicket -Subject B -Message m -EmailAddress a@testco.com
            Get-AgilantTicket -TicketNumber $a.TicketNumber, $b.TicketNumber
            $a, $b | Get-AgilantTicket
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "A", "B", "A", "B" }, result.Objects("Agilant.Ticket").Select(ticket => (string)ticket.Subject));
    }

    [Fact]
    public async Task Set_sends_only_the_named_fields_and_PassThru_returns_the_ticket_read_back()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject Original -Message m -EmailAddress a@testco.com -FirstName Ann").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("$t | Set-AgilantTicket -Status IN_PROGRESS -Priority HIGH -PassThru");

        result.ShouldHaveNoErrors();
        dynamic ticket = Assert.Single(result.Objects("Agilant.Ticket"));
        Assert.Equal("IN_PROGRESS", ticket.Status.ToString());
        Assert.Equal("HIGH", ticket.Priority.ToString());
        Assert.Equal("Original", (string)ticket.Subject);
        Assert.Equal("Ann", (string)ticket.FirstName);
        Assert.Equal(new[] { "PUT", "GET" }, emulator.Requests.All.Select(request => request.Method));
        Assert.Equal("""{"priority":"HIGH","status":"IN_PROGRESS"}""", emulator.Requests.All[0].Body);
    }

    [Fact]
    public async Task Set_sends_an_explicit_null_to_clear_a_field()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -PhoneNumber 555").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("Set-AgilantTicket $t.TicketNumber -PhoneNumber $null -PassThru");

        result.ShouldHaveNoErrors();
        Assert.Null(Assert.Single(result.Objects("Agilant.Ticket")).PhoneNumber);
        Assert.Equal("""{"phoneNumber":null}""", emulator.Requests.All[0].Body);
    }

    [Fact]
    public async Task Set_without_a_field_to_change_stops_before_sending_anything()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("try { 10000001, 10000002 | Set-AgilantTicket } catch { $_ }");

        Assert.Equal("Agilant.NothingToChange,Agilant.PowerShell.Commands.SetAgilantTicketCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Contains("-Status", result.Caught.Exception.Message);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task Set_changes_many_tickets_from_the_pipeline()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $numbers = foreach ($i in 1..3) { (New-AgilantTicket -Subject "T$i" -Message m -EmailAddress a@testco.com).TicketNumber }
            $numbers | Set-AgilantTicket -Status CLOSED
            $numbers | Get-AgilantTicket | ForEach-Object { $_.Status.ToString() }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "CLOSED", "CLOSED", "CLOSED" }, result.Output.Select(item => item.ToString()));
    }

    [Fact]
    public async Task Set_and_Add_reply_take_many_numbers_on_the_command_line()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$numbers = foreach ($i in 1..2) { (New-AgilantTicket -Subject \"T$i\" -Message m -EmailAddress a@testco.com).TicketNumber }").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            Set-AgilantTicket $numbers -Status CLOSED
            Add-AgilantTicketReply $numbers 'Closed in the clean-up.' -EmailAddress desk@testco.com | ForEach-Object TicketNumber
            Get-AgilantTicket $numbers | ForEach-Object { $_.Status.ToString() }
            """);

        result.ShouldHaveNoErrors();
        int[] numbers = ((object[])engine.Get("numbers")!).Select(Convert.ToInt32).ToArray();
        Assert.Equal(numbers.Cast<object>().Concat(new object[] { "CLOSED", "CLOSED" }), result.Output.Select(item => item.BaseObject));
        Assert.Equal(new[] { "PUT", "PUT", "POST", "GET", "POST", "GET" }, emulator.Requests.All.Take(6).Select(request => request.Method));
    }

    [Fact]
    public async Task Add_reply_posts_to_the_ticket_and_returns_the_reply_with_its_ticket_number()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message 'ticket text' -EmailAddress john@testco.com").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            $t | Add-AgilantTicketReply -Message 'Yes, I have.' -EmailAddress john@testco.com -RepliedOn ([DateTimeOffset]'2020-02-03T08:19:27-06:00')
            """);

        result.ShouldHaveNoErrors();
        dynamic reply = Assert.Single(result.Objects("Agilant.TicketReply"));
        Assert.Equal("Yes, I have.", (string)reply.Message);
        Assert.Equal(new[] { "POST", "GET" }, emulator.Requests.All.Select(request => request.Method));
        var sent = emulator.Requests.All[0];
        Assert.EndsWith("/reply", sent.RawTarget);
        Assert.Equal((int)reply.TicketNumber, int.Parse(sent.RawTarget.Split('/')[2]));
        Assert.Equal("""{"repliedOn":"2020-02-03T08:19:27-06:00","emailAddress":"john@testco.com","message":"Yes, I have."}""", sent.Body);
    }

    [Fact]
    public async Task A_reply_without_a_time_is_written_with_the_time_the_server_gave_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("$t = New-AgilantTicket -Subject s -Message 'ticket text' -EmailAddress john@testco.com").ShouldHaveNoErrors();

        ScriptResult result = engine.Run("Add-AgilantTicketReply $t.TicketNumber -Message 'Any news?' -EmailAddress john@testco.com");

        result.ShouldHaveNoErrors();
        dynamic reply = Assert.Single(result.Objects("Agilant.TicketReply"));
        var held = Assert.Single(emulator.State.Tickets.List().Single().Replies);
        Assert.Equal(held.RepliedOn, (DateTimeOffset)reply.RepliedOn);
        Assert.Equal(TicketStore.FirstTicketNumber, (int)reply.TicketNumber);
    }

    [Fact]
    public async Task Tickets_have_readable_properties_for_tables()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com
            "$t" -eq "$($t.TicketNumber)"
            $t.PSObject.TypeNames[0]
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(true, result.Output[0].BaseObject);
        Assert.Equal("Agilant.Ticket", result.Output[1].ToString());
    }
}
