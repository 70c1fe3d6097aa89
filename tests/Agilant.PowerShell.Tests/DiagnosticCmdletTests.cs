using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public sealed class DiagnosticCmdletTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("agilant-diagnostic-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task A_3_MB_document_arrives_as_Base64_of_the_same_bytes_with_the_system_information_as_JSON()
    {
        byte[] report = new byte[3 * 1024 * 1024];
        new Random(20261125).NextBytes(report);
        string path = Path.Combine(folder.FullName, "report.pdf");
        await File.WriteAllBytesAsync(path, report);
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Report", path);

        ScriptResult result = engine.Run("""
            $bios = [pscustomobject]@{ Manufacturer = 'Dell Inc.'; BiosCharacteristics = 7, 9, 11 }
            Send-AgilantDiagnostic 12345678 -ResultCode 'No problem found' -WindowsUpgradeEligible $true -DocumentPath $Report -SystemInformation @{ Win32_BIOS = $bios }
            """);

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Output);
        Assert.Single(emulator.Requests.All);
        OrderDiagnostic sent = Assert.Single(emulator.State.Orders.DiagnosticsOf("12345678"));
        Assert.Equal(("No problem found", true), (sent.ResultCode, sent.WindowsUpgradeEligibility));
        Assert.Equal(report, Convert.FromBase64String(sent.Document));
        using JsonDocument information = JsonDocument.Parse(sent.SystemInformation!);
        JsonElement bios = information.RootElement.GetProperty("Win32_BIOS");
        Assert.Equal("Dell Inc.", bios.GetProperty("Manufacturer").GetString());
        Assert.Equal(new[] { 7, 9, 11 }, bios.GetProperty("BiosCharacteristics").EnumerateArray().Select(item => item.GetInt32()));
    }

    [Fact]
    public async Task A_link_and_a_system_information_string_are_sent_as_they_are()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            Send-AgilantDiagnostic -OrderNumber 89023475 -ResultCode 'Has A/V' -WindowsUpgradeEligible $false -DocumentUri https://reports.testco.com/89023475.pdf -SystemInformation '{"Win32_BIOS":{"Manufacturer":"Dell Inc."}}'
            """);

        result.ShouldHaveNoErrors();
        OrderDiagnostic sent = Assert.Single(emulator.State.Orders.DiagnosticsOf("89023475"));
        Assert.Equal(
            ("Has A/V", false, "https://reports.testco.com/89023475.pdf", """{"Win32_BIOS":{"Manufacturer":"Dell Inc."}}"""),
            (sent.ResultCode, sent.WindowsUpgradeEligibility, sent.Document, sent.SystemInformation));
        Assert.Equal("/order/89023475/diagnostic", Assert.Single(emulator.Requests.All).RawTarget);
    }

    [Fact]
    public async Task System_information_values_JSON_has_no_literal_for_are_sent_as_numbers_or_text()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $information = [ordered]@{ Handle = [IntPtr]42; Ratio = [double]::NaN; Limit = [double]::PositiveInfinity; Kind = [System.IO.FileAttributes]::Archive }
            Send-AgilantDiagnostic 12345678 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf -SystemInformation $information
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(
            """{"Handle":42,"Ratio":"NaN","Limit":"Infinity","Kind":"Archive"}""",
            Assert.Single(emulator.State.Orders.DiagnosticsOf("12345678")).SystemInformation);
    }

    [Fact]
    public async Task A_relative_path_is_read_from_the_current_location_and_files_pipe_in_by_FullName()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"), "first report");
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Folder", folder.FullName);

        ScriptResult result = engine.Run("""
            $ExecutionContext.SessionState.Path.SetLocation($Folder) | Out-Null
            Send-AgilantDiagnostic 12345678 -ResultCode one -WindowsUpgradeEligible $true -DocumentPath a.txt
            [System.IO.FileInfo]"$Folder/a.txt" | Send-AgilantDiagnostic -OrderNumber 89023475 -ResultCode two -WindowsUpgradeEligible $true
            """);

        result.ShouldHaveNoErrors();
        OrderDiagnostic[] sent = emulator.State.Orders.Diagnostics.ToArray();
        Assert.Equal(new[] { "12345678", "89023475" }, sent.Select(diagnostic => diagnostic.OrderNumber));
        Assert.All(sent, diagnostic => Assert.Equal("first report", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(diagnostic.Document))));
        Assert.Null(sent[0].SystemInformation);
    }

    [Theory]
    [InlineData("missing.pdf", "Agilant.DocumentNotFound", ErrorCategory.ObjectNotFound)]
    [InlineData(".", "Agilant.DocumentUnreadable", ErrorCategory.ReadError)]
    public async Task A_document_that_cannot_be_read_is_an_error_naming_it_and_nothing_is_sent(string document, string id, ErrorCategory category)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Folder", folder.FullName);
        engine.Set("Document", document);

        ScriptResult result = engine.Run("""
            $ExecutionContext.SessionState.Path.SetLocation($Folder) | Out-Null
            Send-AgilantDiagnostic 12345678 -ResultCode x -WindowsUpgradeEligible $true -DocumentPath $Document
            """);

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal($"{id},Agilant.PowerShell.Commands.SendAgilantDiagnosticCommand", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Equal(document, error.TargetObject);
        Assert.Contains(Path.GetFullPath(Path.Combine(folder.FullName, document)).TrimEnd('/', '.'), error.Exception.Message);
        Assert.Contains("Nothing was sent for order 12345678", error.Exception.Message);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task Rows_of_results_pipe_in_with_text_booleans_and_an_error_names_its_row()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "good.txt"), "good report");
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Folder", folder.FullName);

        ScriptResult result = engine.Run("""
            @(
                [pscustomobject]@{ OrderNumber = '12345678'; ResultCode = 'one'; WindowsUpgradeEligible = 'True'; DocumentPath = "$Folder/good.txt" }
                [pscustomobject]@{ OrderNumber = '89023475'; ResultCode = 'two'; WindowsUpgradeEligible = 'False'; DocumentPath = "$Folder/missing.txt" }
                [pscustomobject]@{ OrderNumber = '55555555'; ResultCode = 'three'; WindowsUpgradeEligible = 'False'; DocumentPath = "$Folder/good.txt" }
                [pscustomobject]@{ OrderNumber = '12345678'; ResultCode = 'four'; WindowsUpgradeEligible = 'maybe'; DocumentPath = "$Folder/good.txt" }
                [pscustomobject]@{ OrderNumber = '89023475'; ResultCode = 'five'; WindowsUpgradeEligible = 'no'; DocumentPath = "$Folder/good.txt" }
            ) | Send-AgilantDiagnostic
            """);

        Assert.Equal(
            new[] { ("one", true), ("five", false) },
            emulator.State.Orders.Diagnostics.Select(diagnostic => (diagnostic.ResultCode, diagnostic.WindowsUpgradeEligibility)));
        Assert.Equal(new[] { "two", "three", "four" }, result.Errors.Select(error => (string)((PSObject)error.TargetObject).Properties["ResultCode"].Value));
        Assert.Equal(
            new[] { "Agilant.DocumentNotFound", "Agilant.NotFound", "ParameterArgumentTransformationError" },
            result.Errors.Select(error => error.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Contains("'maybe' is not a yes or no value", result.Errors[2].Exception.Message);
    }

    [Fact]
    public async Task A_link_that_is_not_an_absolute_web_address_is_refused_before_sending()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Send-AgilantDiagnostic 12345678 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri file:///tmp/report.pdf");

        Assert.Equal("Agilant.InvalidDocumentUri,Agilant.PowerShell.Commands.SendAgilantDiagnosticCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task A_diagnostic_whose_answer_was_lost_is_not_sent_again()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        emulator.Faults.Add(new Fault { Method = "POST", PathPrefix = "/order", StatusCode = 504, AfterProcessing = true });

        ScriptResult result = engine.Run("Send-AgilantDiagnostic 12345678 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("Agilant.GatewayTimeout,Agilant.PowerShell.Commands.SendAgilantDiagnosticCommand", error.FullyQualifiedErrorId);
        Assert.Equal("12345678", error.TargetObject);
        Assert.Contains("may or may not have been made", error.ErrorDetails.Message);
        Assert.Single(emulator.Requests.All);
        Assert.Single(emulator.State.Orders.DiagnosticsOf("12345678"));
    }

    [Fact]
    public async Task An_unknown_order_is_a_not_found_error_naming_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Send-AgilantDiagnostic 55555555 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf");

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal(("Agilant.NotFound,Agilant.PowerShell.Commands.SendAgilantDiagnosticCommand", "55555555"), (error.FullyQualifiedErrorId, error.TargetObject));
        Assert.Contains("Check the order number", error.ErrorDetails.Message);
    }
}
