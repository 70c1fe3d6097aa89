using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class ServiceCmdletTests
{
    private const string Account = """
        New-AgilantAccount -Id 23526813 -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 -RenewalDate 2021-01-01 -CancellationDate 2021-07-01 | Out-Null
        """;

    [Fact]
    public async Task New_adds_one_service_and_returns_it_with_the_line_number_the_API_gave()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(Account + "\nNew-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 -Comment 'Please call upon arrival'");

        result.ShouldHaveNoErrors();
        dynamic service = Assert.Single(result.Objects("Agilant.Service"));
        Assert.Equal((2, "IHIO-SMARTTV", "23526813"), ((int)service.LineNumber, (string)service.SkuNumber, (string)service.AccountId));
        Assert.Equal(new DateTime(2020, 2, 1), (DateTime)service.PurchaseDate);
        Assert.Equal(
            """{"service":{"skuNumber":"IHIO-SMARTTV","purchaseDate":"2020-02-01","comment":"Please call upon arrival"}}""",
            emulator.Requests.Filter("POST", "/account/23526813/service").Single().Body);
    }

    [Fact]
    public async Task Get_filters_by_SKU_wildcard_and_status()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(Account + "\n" + """
            New-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 | Out-Null
            New-AgilantService 23526813 IHIO-DOORBELL 2020-03-01 | Out-Null
            (Get-AgilantService 23526813).Count
            (Get-AgilantService 23526813 -SkuNumber 'ihio-*').SkuNumber -join ','
            (Get-AgilantService 23526813 -Status CANCELLED).Count
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { 3, "IHIO-SMARTTV,IHIO-DOORBELL", 0 }, result.Output.Select(item => item.BaseObject));
    }

    [Fact]
    public async Task An_explicit_null_date_is_sent_as_JSON_null_and_an_unnamed_one_not_at_all()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(Account).ShouldHaveNoErrors();

        ScriptResult result = engine.Run("Set-AgilantService -AccountId 23526813 -SkuNumber PREM-SECURITY -LineNumber 1 -CancellationDate $null -PassThru");

        result.ShouldHaveNoErrors();
        dynamic service = Assert.Single(result.Objects("Agilant.Service"));
        Assert.Null(service.CancellationDate);
        Assert.Equal(new DateTime(2021, 1, 1), (DateTime)service.RenewalDate);
        Assert.Equal("""{"service":{"lineNumber":1,"cancellationDate":null}}""", emulator.Requests.Filter("PUT").Single().Body);
    }

    [Fact]
    public async Task Accounts_pipe_to_their_services_and_services_to_Set_without_naming_the_account_again()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(Account + "\nNew-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("Get-AgilantAccount 23526813 | Get-AgilantService | Set-AgilantService -RenewalDate $null -Comment 'No renewal' -PassThru");

        result.ShouldHaveNoErrors();
        var services = result.Objects("Agilant.Service");
        Assert.Equal(2, services.Count);
        Assert.All(services, service => Assert.Null(service.RenewalDate));
        Assert.All(services, service => Assert.Equal("No renewal", (string)service.Comment));
        Assert.Equal(
            new[] { "/account/23526813/service/PREM-SECURITY", "/account/23526813/service/IHIO-SMARTTV" },
            emulator.Requests.Filter("PUT").Select(request => request.RawTarget));
    }

    [Fact]
    public async Task Remove_sends_the_line_number_in_the_body_and_takes_services_from_the_pipeline()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(Account + "\nNew-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 | Out-Null").ShouldHaveNoErrors();

        ScriptResult result = engine.Run("""
            Get-AgilantService 23526813 -SkuNumber IHIO-SMARTTV | Remove-AgilantService -Confirm:$false
            (Get-AgilantService 23526813).SkuNumber
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("PREM-SECURITY", Assert.Single(result.Output).ToString());
        var delete = emulator.Requests.Filter("DELETE").Single();
        Assert.Equal("/account/23526813/service/IHIO-SMARTTV", delete.RawTarget);
        Assert.Equal("""{"lineNumber":2}""", delete.Body);
    }

    [Fact]
    public async Task Errors_name_the_service_piped_in_or_the_key_given_on_the_command_line()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run(Account).ShouldHaveNoErrors();

        ScriptResult result = engine.Run("""
            $service = Get-AgilantService 23526813 -SkuNumber PREM-SECURITY
            $service.LineNumber = 9
            $service | Set-AgilantService -Comment 'Gone?'
            $service | Remove-AgilantService -Confirm:$false
            Remove-AgilantService 23526813 PREM-SECURITY 9 -Confirm:$false
            """);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors.Take(2), error => Assert.Equal("Agilant.Service", ((PSObject)error.TargetObject).BaseObject.GetType().FullName));
        Assert.Equal("23526813/PREM-SECURITY/9", result.Errors[2].TargetObject);
        Assert.All(result.Errors, error => Assert.StartsWith("Agilant.NotFound,", error.FullyQualifiedErrorId));
    }

    [Fact]
    public async Task Set_without_a_field_to_change_stops_before_sending()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("try { Set-AgilantService 23526813 PREM-SECURITY 1 } catch { $_ }");

        Assert.Equal("Agilant.NothingToChange,Agilant.PowerShell.Commands.SetAgilantServiceCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Empty(emulator.Requests.All);
    }
}
