using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// A blank CSV cell means "not given" for every optional row field: numbers, enumerations, dates and text alike.
/// The rows here are [pscustomobject]s whose blank cells are '', exactly what Import-Csv makes of them.
/// </summary>
public class BlankCellTests
{
    private const string BlankServiceColumns =
        "LineNumber = ''; CancellationDate = ''; RenewalDate = ''; ExpirationDate = ''; StoreNumber = ''; AssociateId = ''; TransactionId = ''; InvoiceNumber = ''; Comment = ''";

    private static readonly string[] BlankServiceFields =
        ["cancellationDate", "renewalDate", "expirationDate", "storeNumber", "associateId", "transactionId", "invoiceNumber", "comment"];

    [Fact]
    public async Task New_AgilantAccount_takes_rows_with_every_optional_cell_blank_with_or_without_a_service()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run($$"""
            @(
                [pscustomobject]@{ Id = 'NOSERVICE'; FirstName = 'Jane'; LastName = 'Doe'; EmailAddress = 'jane@testco.com'; PhoneNumber = ''; BusinessName = ''; SkuNumber = ''; PurchaseDate = ''; {{BlankServiceColumns}} }
                [pscustomobject]@{ Id = 'SERVICE'; FirstName = 'John'; LastName = 'Roe'; EmailAddress = 'john@testco.com'; PhoneNumber = ' '; BusinessName = ''; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; {{BlankServiceColumns}} }
            ) | New-AgilantAccount | ForEach-Object Id
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "NOSERVICE", "SERVICE" }, result.Output.Select(item => item.ToString()));
        JsonElement[] sent = Body(emulator, "POST").GetProperty("account").EnumerateArray().ToArray();
        Assert.All(sent, account => Assert.Equal(["emailAddress", "firstName", "id", "lastName"], Fields(account).Where(name => name != "service")));
        Assert.False(sent[0].TryGetProperty("service", out _));
        JsonElement service = Assert.Single(sent[1].GetProperty("service").EnumerateArray());
        Assert.Equal(("PREM-SECURITY", "2020-01-01"), (service.GetProperty("skuNumber").GetString(), service.GetProperty("purchaseDate").GetString()));
        Assert.Empty(Fields(service).Intersect(BlankServiceFields));
    }

    [Fact]
    public async Task New_AgilantService_takes_a_row_with_every_optional_cell_blank()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("New-AgilantAccount -Id A1 -FirstName Jane -LastName Doe -EmailAddress jane@testco.com | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run($$"""
            [pscustomobject]@{ AccountId = 'A1'; SkuNumber = 'PREM-SECURITY'; PurchaseDate = '2020-01-01'; {{BlankServiceColumns}} } | New-AgilantService | ForEach-Object SkuNumber
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("PREM-SECURITY", Assert.Single(result.Output).ToString());
        JsonElement service = Body(emulator, "POST").GetProperty("service");
        Assert.Empty(Fields(service).Intersect(BlankServiceFields));
    }

    [Fact]
    public async Task New_AgilantTicket_sends_no_blank_priority_name_or_phone()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ Subject = 's'; Message = 'm'; EmailAddress = 'a@testco.com'; Priority = ''; FirstName = ''; LastName = ' '; PhoneNumber = '' } | New-AgilantTicket | Out-Null
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(["emailAddress", "message", "subject"], Fields(Body(emulator, "POST")));
    }

    [Fact]
    public async Task Send_AgilantDiagnostic_sends_no_blank_system_information()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            [pscustomobject]@{ OrderNumber = '12345678'; ResultCode = 'PASS'; WindowsUpgradeEligible = 'True'; DocumentUri = 'https://reports.testco.com/r.pdf'; SystemInformation = '' } | Send-AgilantDiagnostic
            """);

        result.ShouldHaveNoErrors();
        Assert.False(Body(emulator, "POST").TryGetProperty("systemInformation", out _));
    }

    [Fact]
    public async Task Invoke_AgilantRequest_reads_a_blank_method_as_GET_and_a_blank_body_as_none()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("[pscustomobject]@{ Route = '/order/89023475'; Method = ''; Body = '' } | Invoke-AgilantRequest | Out-Null");

        result.ShouldHaveNoErrors();
        var request = Assert.Single(emulator.Requests.All);
        Assert.Equal(("GET", string.Empty), (request.Method, request.Body));
    }

    [Fact]
    public void Every_optional_row_field_of_every_cmdlet_reads_a_blank_cell_as_not_given()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("""
            foreach ($command in Get-Command -Module Agilant) {
                foreach ($parameter in $command.Parameters.Values) {
                    $byName = $parameter.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName
                    $optional = @($byName | Where-Object { -not $_.IsMandatory }).Count -gt 0
                    $blankMeansNotGiven = $parameter.Attributes | Where-Object { $_.GetType().Name -eq 'BlankMeansNotGivenAttribute' }
                    if ($optional -and -not $blankMeansNotGiven) { "$($command.Name) -$($parameter.Name)" }
                }
            }
            """);

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Output.Select(item => item.ToString()));
    }

    private static JsonElement Body(AgilantEmulator emulator, string method) =>
        JsonDocument.Parse(emulator.Requests.Filter(method).Single().Body).RootElement;

    private static string[] Fields(JsonElement element) => element.EnumerateObject().Select(property => property.Name).OrderBy(name => name, System.StringComparer.Ordinal).ToArray();
}
