using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// The creating cmdlets bind a piped row whole (-InputObject) and read its fields themselves, instead of PowerShell's
/// by-property-name binding: what a row may carry (aliases, CSV text for dates, numbers and enumerations, the module's
/// own objects) and what a bad row gives (an error naming the row and the field) are checked here.
/// </summary>
public class RowInputTests
{
    [Fact]
    public async Task A_row_gives_its_fields_by_name_or_alias_converted_from_text_as_PowerShell_would()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ AccountId = 1001; FirstName = 'Jane'; LastName = 'Doe'; Email = 'jdoe@abccompany.com'; Phone = 5345553467
                               Company = 'ABC Company'; Sku = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; LineNumber = '3'
                               RenewalDate = [datetime]'2021-02-03'; StoreNumber = 42 } | New-AgilantAccount | Out-Null
            """);

        result.ShouldHaveNoErrors();
        JsonElement account = SentAccounts(emulator).Single();
        Assert.Equal("1001", account.GetProperty("id").GetString());
        Assert.Equal("jdoe@abccompany.com", account.GetProperty("emailAddress").GetString());
        Assert.Equal("5345553467", account.GetProperty("phoneNumber").GetString());
        Assert.Equal("ABC Company", account.GetProperty("businessName").GetString());
        JsonElement service = account.GetProperty("service").EnumerateArray().Single();
        Assert.Equal("PREM-SECURITY", service.GetProperty("skuNumber").GetString());
        Assert.Equal("2020-01-01", service.GetProperty("purchaseDate").GetString());
        Assert.Equal("2021-02-03", service.GetProperty("renewalDate").GetString());
        Assert.Equal(3, service.GetProperty("lineNumber").GetInt32());
        Assert.Equal("42", service.GetProperty("storeNumber").GetString());
    }

    [Fact]
    public async Task Date_text_in_a_row_becomes_the_date_PowerShell_would_make_of_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        string[] texts = ["2024-01-15", "1/15/2024", "15 Jan 2024", "Jan 15, 2024", " 2024-01-16 ", "2024-01-17T10:00:00", "2024-01-18T23:30:00+02:00"];

        ScriptResult result = engine.Run($$"""
            $texts = '{{string.Join("', '", texts)}}'
            $n = 0
            $texts | ForEach-Object { [pscustomobject]@{ Id = "D$n"; FirstName = 'F'; LastName = 'L'; Email = "d$n@testco.com"; Sku = 'PREM-SECURITY'; PurchaseDate = $_ }; $n++ } |
                New-AgilantAccount | Out-Null
            $texts | ForEach-Object { [System.Management.Automation.LanguagePrimitives]::ConvertTo($_, [datetime], [cultureinfo]::InvariantCulture).ToString('yyyy-MM-dd') }
            """);

        result.ShouldHaveNoErrors();
        string[] sent = SentAccounts(emulator)
            .Select(account => account.GetProperty("service").EnumerateArray().Single().GetProperty("purchaseDate").GetString()!)
            .ToArray();
        Assert.Equal(result.Output.Select(date => (string)date.BaseObject), sent);
        Assert.Equal(texts.Length, sent.Length);
    }

    [Fact]
    public async Task A_column_named_as_the_parameter_wins_over_one_named_by_its_alias()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Id = 'N1'; FirstName = 'F'; LastName = 'L'; Email = 'alias@testco.com'; EmailAddress = 'name@testco.com' },
            [pscustomobject]@{ Id = 'N2'; FirstName = 'F'; LastName = 'L'; EmailAddress = 'name2@testco.com'; Email = 'alias2@testco.com' } | New-AgilantAccount | Out-Null
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(["name@testco.com", "name2@testco.com"], SentAccounts(emulator).Select(account => account.GetProperty("emailAddress").GetString()));
    }

    [Fact]
    public async Task Rows_of_different_columns_each_give_their_own_fields()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $rows = @(
                [pscustomobject]@{ Id = 'D1'; FirstName = 'F'; LastName = 'L'; Email = 'd1@testco.com' }
                [pscustomobject]@{ Id = 'D2'; FirstName = 'F'; LastName = 'L'; EmailAddress = 'd2@testco.com'; Company = 'Two Co' }
                [pscustomobject]@{ Id = 'D3'; FirstName = 'F'; LastName = 'L'; Email = 'd3@testco.com'; Business = 'Three Co' }
            )
            $rows[2].psobject.Properties.Add([psscriptproperty]::new('Phone', { '555' + $this.Id.Substring(1) }))
            $rows | New-AgilantAccount -BatchSize 1 | Out-Null
            """);

        result.ShouldHaveNoErrors();
        JsonElement[] sent = SentAccounts(emulator).ToArray();
        Assert.Equal(["d1@testco.com", "d2@testco.com", "d3@testco.com"], sent.Select(account => account.GetProperty("emailAddress").GetString()));
        Assert.Equal([null, "Two Co", "Three Co"], sent.Select(account => account.TryGetProperty("businessName", out JsonElement name) ? name.GetString() : null));
        Assert.Equal("5553", sent[2].GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task Rows_whose_columns_change_midway_are_each_read_by_their_own_columns()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        // Rows made by one literal share their column names' strings, as Import-Csv's rows do: the shape the reader
        // remembers from one row must not be taken for the next when its columns move, change or come and go.
        ScriptResult result = engine.Run("""
            $rows = @(
                foreach ($n in 1..2) { [pscustomobject]@{ Id = "S$n"; FirstName = "F$n"; LastName = "L$n"; Email = "s$n@testco.com" } }
                foreach ($n in 3..4) { [pscustomobject]@{ Id = "S$n"; FirstName = "F$n"; LastName = "L$n"; EmailAddress = "s$n@testco.com"; Phone = "555$n" } }
                [pscustomobject]@{ Id = 'S5'; LastName = 'L5'; FirstName = 'F5'; Email = 's5@testco.com' }
                [pscustomobject]@{ Id = 'S6'; FirstName = 'F6'; LastName = 'L6'; Email = 's6@testco.com' }
            )
            $rows | New-AgilantAccount | Out-Null
            """);

        result.ShouldHaveNoErrors();
        JsonElement[] sent = SentAccounts(emulator).ToArray();
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6"], sent.Select(account => account.GetProperty("id").GetString()));
        Assert.Equal(["F1", "F2", "F3", "F4", "F5", "F6"], sent.Select(account => account.GetProperty("firstName").GetString()));
        Assert.Equal(["L1", "L2", "L3", "L4", "L5", "L6"], sent.Select(account => account.GetProperty("lastName").GetString()));
        Assert.Equal(["s1@testco.com", "s2@testco.com", "s3@testco.com", "s4@testco.com", "s5@testco.com", "s6@testco.com"], sent.Select(account => account.GetProperty("emailAddress").GetString()));
        Assert.Equal([null, null, "5553", "5554", null, null], sent.Select(account => account.TryGetProperty("phoneNumber", out JsonElement phone) ? phone.GetString() : null));
    }

    [Fact]
    public async Task A_field_that_type_data_gives_rows_of_their_type_name_is_read_as_a_column_would_be()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var rowType = new TypeData("Test.AccountRow");
        rowType.Members.Add("EmailAddress", new ScriptPropertyData("EmailAddress", ScriptBlock.Create("$this.Id.ToLower() + '@typed.testco.com'")));
        rowType.Members.Add("Company", new AliasPropertyData("Company", "Employer"));
        using var engine = Engine.ConnectedTo(emulator, types: rowType);

        // Type data outranks a row's own column named by a later alias, as it does for $row.Properties[name].
        ScriptResult result = engine.Run("""
            @(
                [pscustomobject]@{ PSTypeName = 'Test.AccountRow'; Id = 'T1'; FirstName = 'F'; LastName = 'L'; Email = 'own@testco.com'; Employer = 'Typed Co' }
                [pscustomobject]@{ Id = 'T2'; FirstName = 'F'; LastName = 'L'; Email = 'own@testco.com'; Employer = 'Not a field' }
            ) | New-AgilantAccount | Out-Null
            """);

        result.ShouldHaveNoErrors();
        JsonElement[] sent = SentAccounts(emulator).ToArray();
        Assert.Equal("t1@typed.testco.com", sent[0].GetProperty("emailAddress").GetString());
        Assert.Equal("Typed Co", sent[0].GetProperty("businessName").GetString());
        Assert.Equal("own@testco.com", sent[1].GetProperty("emailAddress").GetString());
        Assert.False(sent[1].TryGetProperty("businessName", out _));
    }

    [Fact]
    public void This_engine_lets_a_rows_own_columns_be_read_in_one_pass()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("""
            (Get-Command New-AgilantAccount).ImplementingType.Assembly.GetType('Agilant.PowerShell.Infrastructure.RowProperties', $true).GetProperty('ReadsOwnPropertiesAtOnce').GetValue($null)
            """);

        result.ShouldHaveNoErrors();
        Assert.True(Assert.Single(result.Output).BaseObject is true, "PSObject no longer has InstanceMembers: bulk rows are read name by name, at several times the cost.");
    }

    [Fact]
    public async Task A_bad_row_is_an_error_naming_the_row_by_its_number_and_every_field_at_fault()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $rows = @(
                [pscustomobject]@{ Id = 'E1'; FirstName = 'F'; LastName = 'L'; Email = 'e1@testco.com' }
                [pscustomobject]@{ Id = 'E2'; FirstName = ' '; LastName = 'L'; Email = 'e2@testco.com'; Sku = 'PREM-SECURITY'; PurchaseDate = '2020-02-30' }
                [pscustomobject]@{ Id = 'E3'; FirstName = 'F'; LastName = 'L'; Mail = 'e3@testco.com' }
                [pscustomobject]@{ Id = 'E4'; FirstName = 'F'; LastName = 'L'; Email = 'e4@testco.com'; LineNumber = 'two' }
            )
            $rows | New-AgilantAccount | ForEach-Object Id
            foreach ($failure in $Error) { [array]::IndexOf($rows, $failure.TargetObject) }
            """);

        Assert.Equal(new object[] { "E1", 3, 2, 1 }, result.Output.Select(item => item.BaseObject));
        Assert.All(result.Errors, error =>
        {
            Assert.Equal("Agilant.InvalidRow,Agilant.PowerShell.Commands.NewAgilantAccountCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        });
        Assert.Equal(
            new[]
            {
                "FirstName is required. PurchaseDate '2020-02-30' is not a valid date (use yyyy-MM-dd). Correct row 2 and send it again; the other rows go on.",
                "EmailAddress is required: the row has no EmailAddress or Email column. Correct row 3 and send it again; the other rows go on.",
                "LineNumber 'two' is not a valid Int32. Correct row 4 and send it again; the other rows go on.",
            },
            result.Errors.Select(error => error.ErrorDetails.Message));
        Assert.Single(SentAccounts(emulator));
    }

    [Fact]
    public async Task A_field_given_on_the_command_line_holds_for_every_row()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            1..3 | ForEach-Object { [pscustomobject]@{ Id = "C$_"; FirstName = 'F'; LastName = 'L'; Email = "c$_@testco.com"; SkuNumber = 'IGNORED' } } |
                New-AgilantAccount -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 | ForEach-Object { $_.Services.SkuNumber }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "PREM-SECURITY", "PREM-SECURITY", "PREM-SECURITY" }, result.Output.Select(item => item.ToString()));
    }

    [Fact]
    public async Task The_modules_own_account_pipes_in_as_a_row()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("New-AgilantAccount -Id ORIGINAL -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -BusinessName 'ABC Company' | Out-Null").ShouldHaveNoErrors();

        ScriptResult result = engine.Run("""
            Get-AgilantAccount ORIGINAL | New-AgilantAccount -Id COPY | Out-Null
            Get-AgilantAccount ORIGINAL | New-AgilantService -SkuNumber IHIO-SMARTTV -PurchaseDate 2020-02-01 | ForEach-Object { '{0} {1} {2}' -f $_.AccountId, $_.SkuNumber, $_.LineNumber }
            """);

        result.ShouldHaveNoErrors();
        var copy = emulator.State.Accounts.Get("COPY")!;
        Assert.Equal(("Jane", "Doe", "jdoe@abccompany.com", "ABC Company"), (copy.FirstName, copy.LastName, copy.EmailAddress, copy.BusinessName));
        Assert.Equal("ORIGINAL IHIO-SMARTTV 1", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public async Task A_service_row_with_a_line_number_below_1_is_refused_before_sending()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ AccountId = '23526813'; SkuNumber = 'IHIO-SMARTTV'; PurchaseDate = '2020-02-01'; LineNumber = '0' } | New-AgilantService
            """);

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.InvalidRow,Agilant.PowerShell.Commands.NewAgilantServiceCommand", error.FullyQualifiedErrorId);
        Assert.StartsWith("LineNumber 0 must be 1 or more. Correct row 1", error.ErrorDetails.Message);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task A_ticket_row_without_a_message_names_the_field_and_the_others_are_created()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Subject = 'One'; Message = 'm'; Email = 'a@testco.com'; Priority = 'high' },
            [pscustomobject]@{ Subject = 'Two'; Email = 'a@testco.com' } | New-AgilantTicket | ForEach-Object { '{0} {1}' -f $_.Subject, $_.Priority }
            """);

        Assert.Equal("One HIGH", Assert.Single(result.Output).ToString());
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.InvalidRow,Agilant.PowerShell.Commands.NewAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.StartsWith("Message is required: the row has no Message column. Correct row 2", error.ErrorDetails.Message);
    }

    [Fact]
    public void Only_the_row_binds_from_the_pipeline_so_that_Get_Help_says_what_is_read_from_it()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("""
            foreach ($name in 'New-AgilantAccount', 'New-AgilantService', 'New-AgilantTicket') {
                $command = Get-Command $name
                $fromPipeline = foreach ($parameter in $command.Parameters.Values) {
                    if ($parameter.ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName }) { $parameter.Name }
                }
                '{0}: {1} ({2})' -f $name, ($fromPipeline -join ', '), (($command.ParameterSets | ForEach-Object Name) -join ', ')
            }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(
            new[]
            {
                "New-AgilantAccount: InputObject (Parameters, Row)",
                "New-AgilantService: InputObject (Parameters, Row)",
                "New-AgilantTicket: InputObject (Parameters, Row)",
            },
            result.Output.Select(item => item.ToString()));
    }

    private static JsonElement[] SentAccounts(AgilantEmulator emulator) =>
        emulator.Requests.Filter("POST", "/account")
            .SelectMany(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("account").EnumerateArray())
            .ToArray();
}
