using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// The module's objects leave PowerShell readable: what Export-Csv writes of them, the enumerations ConvertTo-Json
/// writes, and rows that come back into the Set- cmdlets. The hosted engine has no Microsoft.PowerShell.Utility
/// (Export-Csv, ConvertTo-Json); tests/Pester/Export.Tests.ps1 runs the same journeys with real files in pwsh.
/// </summary>
public class ExportTests
{
    /// <summary>A ticket with two replies and an account with two services, made as a user would; the order 89023475 is the emulator's own.</summary>
    private const string Arrange = """
        $ticket = New-AgilantTicket -Subject "My computer won't boot up" -Message 'It stops at the logo' -EmailAddress johnsmith@testco.com -Priority HIGH -FirstName John -LastName Smith -PhoneNumber '(123) 456-7890'
        $null = Add-AgilantTicketReply $ticket.TicketNumber -Message 'Have you tried powering it off and on?' -EmailAddress janedoe@testco.com
        $null = Add-AgilantTicketReply $ticket.TicketNumber -Message 'Yes, I have.' -EmailAddress johnsmith@testco.com
        $null = New-AgilantAccount 23526813 -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -BusinessName 'ABC Company' -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01
        $null = New-AgilantService 23526813 IHIO-SMARTTV 2020-02-01

        # A record as Export-Csv writes it and Import-Csv reads it back: each property's ToString(), '' for null.
        filter AsCsvRow {
            $row = [ordered]@{}
            foreach ($property in $_.PSObject.Properties) { $row[$property.Name] = if ($null -eq $property.Value) { '' } else { $property.Value.ToString() } }
            [pscustomobject]$row
        }
        """;

    [Fact]
    public async Task Every_property_reads_as_text_a_csv_cell_can_hold()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            Get-AgilantTicket $ticket.TicketNumber | AsCsvRow
            Get-AgilantAccount 23526813 | AsCsvRow
            Get-AgilantOrder 89023475 | AsCsvRow
            """);

        result.ShouldHaveNoErrors();
        dynamic[] rows = result.Output.Cast<dynamic>().ToArray();
        Assert.Equal("Have you tried powering it off and on?; Yes, I have.", (string)rows[0].Replies);
        Assert.Equal("PREM-SECURITY #1; IHIO-SMARTTV #2", (string)rows[1].Services);
        Assert.Equal("ABC Company, 123 Test Street, Suite 413, Testville, TN, 12345", (string)rows[2].ShipTo);
        Assert.Matches(@"^\S+ #1; \S+ #2$", (string)rows[2].Items);
        Assert.All(result.Output.SelectMany(row => row.Properties).Select(cell => (string)cell.Value), cell => Assert.DoesNotMatch(@"^(Agilant|System)\.", cell));
    }

    [Fact]
    public void Every_output_type_holds_enumerations_ConvertTo_Json_names_and_collections_that_read_as_text()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("Get-Command -Module Agilant | ForEach-Object OutputType | ForEach-Object Type | Where-Object { $_ }");

        result.ShouldHaveNoErrors();
        var seen = new HashSet<Type>();
        foreach (Type type in result.Output.Select(type => (Type)type.BaseObject))
        {
            Walk(type, seen);
        }

        Assert.Contains(seen, type => type.FullName == "Agilant.OrderItem");
        // PowerShell's ConvertTo-Json writes a 64-bit enum as its name (a JavaScript number could not hold it), any other as a number.
        Assert.All(seen.Where(type => type.IsEnum), type => Assert.Equal(typeof(long), Enum.GetUnderlyingType(type)));
        // Export-Csv writes a property's ToString(): a collection must say more than its type name.
        Assert.All(
            seen.Where(type => typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(string)),
            type => Assert.NotEqual(typeof(object), type.GetMethod("ToString", Type.EmptyTypes)!.DeclaringType));
    }

    [Fact]
    public async Task Enumerations_still_compare_with_text()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            @(Get-AgilantTicket $ticket.TicketNumber | Where-Object Status -eq New_Ticket).Count
            (Get-AgilantOrder 89023475).Items.Status -contains 'Complete'
            (Get-AgilantAccount 23526813).Services | Where-Object SkuNumber -like IHIO-* | ForEach-Object { "$($_.Status)" }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { 1, true, "ACTIVE" }, result.Output.Select(item => item.BaseObject));
    }

    [Fact]
    public async Task A_ticket_as_Export_Csv_writes_it_comes_back_through_Set_AgilantTicket()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            $row = Get-AgilantTicket $ticket.TicketNumber | AsCsvRow
            $row.Status = 'CLOSED'; $row.LastName = 'Smythe'
            $row | Set-AgilantTicket -PassThru
            """);

        result.ShouldHaveNoErrors();
        dynamic ticket = Assert.Single(result.Objects("Agilant.Ticket"));
        Assert.Equal(("CLOSED", "Smythe"), (ticket.Status.ToString(), (string)ticket.LastName));
        var put = Assert.Single(emulator.Requests.All, request => request.Method == "PUT");
        Assert.Equal($"/ticket/{ticket.TicketNumber}", put.RawTarget);
        AssertBody(
            put.Body,
            ("status", "CLOSED"),
            ("priority", "HIGH"),
            ("subject", "My computer won't boot up"),
            ("message", "It stops at the logo"),
            ("firstName", "John"),
            ("lastName", "Smythe"),
            ("emailAddress", "johnsmith@testco.com"),
            ("phoneNumber", "(123) 456-7890"));
    }

    [Fact]
    public async Task An_account_as_Export_Csv_writes_it_comes_back_through_Set_AgilantAccount()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            $row = Get-AgilantAccount 23526813 | AsCsvRow
            $row.EmailAddress = 'jane.doe@abccompany.com'
            $row | Set-AgilantAccount -PassThru
            """);

        result.ShouldHaveNoErrors();
        dynamic account = Assert.Single(result.Objects("Agilant.Account"));
        Assert.Equal("jane.doe@abccompany.com", (string)account.EmailAddress);
        var put = Assert.Single(emulator.Requests.All, request => request.Method == "PUT");
        Assert.Equal("/account/23526813", put.RawTarget);
        using JsonDocument body = JsonDocument.Parse(put.Body);
        AssertBody(
            body.RootElement.GetProperty("account").GetRawText(),
            ("firstName", "Jane"),
            ("lastName", "Doe"),
            ("emailAddress", "jane.doe@abccompany.com"),
            ("businessName", "ABC Company"));
    }

    [Fact]
    public async Task An_order_as_Export_Csv_writes_it_comes_back_through_Set_AgilantOrder()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            $row = Get-AgilantOrder 89023475 | AsCsvRow
            $row.LoyaltyId = '999001'
            $row | Set-AgilantOrder -PassThru
            """);

        result.ShouldHaveNoErrors();
        dynamic order = Assert.Single(result.Objects("Agilant.Order"));
        Assert.Equal(("999001", "Testville"), ((string)order.LoyaltyId, (string)order.ShipTo.City));
        var put = Assert.Single(emulator.Requests.All, request => request.Method == "PUT");
        Assert.Equal("/order/89023475", put.RawTarget);
        using JsonDocument body = JsonDocument.Parse(put.Body);
        AssertBody(
            body.RootElement.GetProperty("order").GetRawText(),
            ("firstName", "John"),
            ("lastName", "Smith"),
            ("emailAddress", "jsmith@abccompany.com"),
            ("phoneNumber", "893-555-4523"),
            ("businessName", "ABC Company"),
            ("loyaltyId", "999001"),
            ("storeNumber", "6125"),
            ("associateId", "3456"));
    }

    [Fact]
    public async Task A_named_parameter_wins_over_the_rows_cell_and_blank_cells_are_not_sent()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ TicketNumber = "$($ticket.TicketNumber)"; Status = 'OPEN'; Subject = 'Boots now'; Message = '' } | Set-AgilantTicket -Status CLOSED
            """);

        result.ShouldHaveNoErrors();
        AssertBody(Assert.Single(emulator.Requests.All).Body, ("status", "CLOSED"), ("subject", "Boots now"));
    }

    [Fact]
    public async Task A_piped_record_of_the_module_still_sends_only_the_named_fields()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("Get-AgilantTicket $ticket.TicketNumber | Set-AgilantTicket -Status CLOSED");

        result.ShouldHaveNoErrors();
        AssertBody(Assert.Single(emulator.Requests.All, request => request.Method == "PUT").Body, ("status", "CLOSED"));
    }

    [Fact]
    public async Task A_row_with_a_bad_cell_or_nothing_to_change_is_its_own_error_and_the_other_rows_go_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using Engine engine = Arranged(emulator);

        ScriptResult result = engine.Run("""
            $number = "$($ticket.TicketNumber)"
            @(
                [pscustomobject]@{ TicketNumber = $number; Status = 'SHUT'; Subject = '' }
                [pscustomobject]@{ TicketNumber = $number; Status = ''; Subject = ' ' }
                [pscustomobject]@{ TicketNumber = $number; Status = ''; Subject = 'Printer fixed' }
            ) | Set-AgilantTicket
            """);

        string number = engine.Run("$number").Output.Single().ToString();
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("Agilant.InvalidRow,Agilant.PowerShell.Commands.SetAgilantTicketCommand", result.Errors[0].FullyQualifiedErrorId);
        Assert.StartsWith("Status 'SHUT' is not a valid TicketStatus (NEW_TICKET, OPEN, ", result.Errors[0].ErrorDetails.Message);
        Assert.EndsWith($"Nothing was sent for ticket number {number}: correct row 1 and send it again; the other rows go on.", result.Errors[0].ErrorDetails.Message);
        Assert.Equal("SHUT", (string)((dynamic)result.Errors[0].TargetObject).Status);
        Assert.Equal("Agilant.NothingToChange,Agilant.PowerShell.Commands.SetAgilantTicketCommand", result.Errors[1].FullyQualifiedErrorId);
        Assert.StartsWith("Row 2 changes nothing: ", result.Errors[1].ErrorDetails.Message);
        Assert.Contains("Status, Priority, Subject, Message, FirstName, LastName, EmailAddress, PhoneNumber", result.Errors[1].ErrorDetails.Message);
        Assert.EndsWith($"Nothing was sent for ticket number {number}: fill in a cell or name a parameter; the other rows go on.", result.Errors[1].ErrorDetails.Message);
        var put = Assert.Single(emulator.Requests.All);
        Assert.Equal(($"/ticket/{number}", """{"subject":"Printer fixed"}"""), (put.RawTarget, put.Body));
    }

    private static Engine Arranged(AgilantEmulator emulator)
    {
        Engine engine = Engine.ConnectedTo(emulator);
        engine.Run(Arrange).ShouldHaveNoErrors();
        emulator.Requests.Clear();
        return engine;
    }

    /// <summary>The types a value of this type shows: through its properties, and what its collections hold.</summary>
    private static void Walk(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        bool system = type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true;
        if ((system && !type.IsGenericType) || !seen.Add(type) || type.IsEnum)
        {
            return;
        }

        foreach (Type held in type.GetGenericArguments().Append(type.GetElementType()).OfType<Type>())
        {
            Walk(held, seen);
        }

        if (!system && !type.IsArray)
        {
            foreach (System.Reflection.PropertyInfo property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                Walk(property.PropertyType, seen);
            }
        }
    }

    private static void AssertBody(string json, params (string Name, string Value)[] expected)
    {
        using JsonDocument body = JsonDocument.Parse(json);
        Assert.Equal(
            expected.OrderBy(field => field.Name),
            body.RootElement.EnumerateObject().Select(field => (field.Name, field.Value.GetString()!)).OrderBy(field => field.Name));
    }
}
