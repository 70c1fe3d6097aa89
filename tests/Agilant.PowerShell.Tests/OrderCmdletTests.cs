using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class OrderCmdletTests
{
    [Fact]
    public async Task Both_order_shapes_read_into_one_type()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Get-AgilantOrder 89023475; Get-AgilantOrder 12345678 -OrderApi");

        result.ShouldHaveNoErrors();
        var orders = result.Objects("Agilant.Order");
        Assert.Equal(2, orders.Count);
        dynamic rich = orders[0];
        Assert.Equal(("89023475", "NEW", "QUOTE_CREATED"), ((string)rich.Number, rich.Type.ToString(), rich.Status.ToString()));
        Assert.Equal("Agilant.Address", rich.BillTo.GetType().FullName);
        Assert.Equal("Testville", (string)rich.ShipTo.City);
        var items = ((IEnumerable<object>)rich.Items).Cast<dynamic>().ToList();
        Assert.Equal(new[] { 1, 2 }, items.Select(item => (int)item.LineNumber));
        Assert.All(items, item => Assert.Equal("89023475", (string)item.OrderNumber));
        dynamic flat = orders[1];
        Assert.Equal(("12345678", "NEW", "0975312", "758246"), ((string)flat.Number, flat.Type.ToString(), (string)flat.AssociateId, (string)flat.StoreNumber));
        Assert.Null(flat.Status);
        Assert.Equal("2", emulator.Requests.All[0].Headers["Version"]);
        Assert.False(emulator.Requests.All[1].Headers.ContainsKey("Version"));
    }

    [Fact]
    public async Task Get_reports_a_missing_order_and_goes_on()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("'00000000', '89023475' | Get-AgilantOrder");

        Assert.Single(result.Objects("Agilant.Order"));
        Assert.EndsWith("Check the order number or transaction id.", Assert.Single(result.Errors).ErrorDetails.Message);
    }

    [Fact]
    public async Task Set_sends_only_named_fields_with_partial_addresses_from_hashtables_or_addresses()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            Set-AgilantOrder 89023475 -LoyaltyId 999001 -BillTo @{ City = 'Nashville'; Address2 = $null } -PassThru | ForEach-Object { $_.BillTo.City, "[$($_.BillTo.Address2)]", $_.BillTo.Address1, $_.LoyaltyId }
            $address = (Get-AgilantOrder 89023475).BillTo
            Set-AgilantOrder 89023475 -ShipTo $address | Out-Null
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "Nashville", "[]", "123 Test Street", "999001" }, result.Output.Select(item => item.ToString()));
        var puts = emulator.Requests.Filter("PUT").Select(request => request.Body).ToList();
        Assert.Equal("""{"order":{"loyaltyId":"999001","billTo":{"address2":null,"city":"Nashville"}}}""", puts[0]);
        Assert.Contains("\"shipTo\":{\"firstName\":\"John\"", puts[1]);
        Assert.Contains("\"city\":\"Nashville\"", puts[1]);
    }

    [Fact]
    public async Task An_address_with_a_field_addresses_do_not_have_stops_before_sending()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("try { Set-AgilantOrder 89023475 -BillTo @{ Street = '1 Main St' } } catch { $_ }");

        Assert.Equal("Agilant.InvalidAddress,Agilant.PowerShell.Commands.SetAgilantOrderCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Contains("'Street'", result.Caught.Exception.Message);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task Items_of_one_order_from_the_pipeline_travel_in_one_PUT()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("Get-AgilantOrder 89023475 | Out-Null").ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            Get-AgilantOrder 89023475 | ForEach-Object Items | Where-Object Paid | Set-AgilantOrderItem -Quantity 2 -PassThru
            """);

        result.ShouldHaveNoErrors();
        var items = result.Objects("Agilant.OrderItem");
        Assert.Equal(new[] { 2, 2 }, items.Select(item => (int)item.Quantity));
        var put = Assert.Single(emulator.Requests.Filter("PUT"));
        Assert.Equal("/order/89023475", put.RawTarget);
        Assert.Equal("""{"order":{"item":[{"lineNumber":1,"quantity":2},{"lineNumber":2,"quantity":2}]}}""", put.Body);
    }

    [Fact]
    public async Task Paying_the_created_items_as_the_issue_shows_pays_the_order()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            Get-AgilantOrder 12345678 | ForEach-Object Items | Where-Object Status -eq CREATED | Set-AgilantOrderItem -Paid $true
            $order = Get-AgilantOrder 12345678
            $order.Status.ToString(); $order.Paid; $order.Items[0].Status.ToString(); $null -ne $order.Items[0].PaidOn
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { "QUOTE_PAYMENT_ACCEPTED", true, "PAID", true }, result.Output.Select(item => item.BaseObject));
        Assert.Equal("""{"order":{"item":[{"lineNumber":1,"paid":true}]}}""", Assert.Single(emulator.Requests.Filter("PUT")).Body);
    }

    [Fact]
    public async Task An_order_is_found_by_its_transaction_id_too()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Get-AgilantOrder -TransactionId 8902347520210915 | ForEach-Object Number");

        result.ShouldHaveNoErrors();
        Assert.Equal("89023475", Assert.Single(result.Output).BaseObject);
        Assert.Equal("/order/8902347520210915", Assert.Single(emulator.Requests.All).RawTarget);
    }

    [Fact]
    public async Task Items_of_different_orders_travel_in_one_PUT_per_order()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            @(
                [pscustomobject]@{ OrderNumber = '89023475'; LineNumber = 1 }
                [pscustomobject]@{ OrderNumber = '89023475'; LineNumber = 2 }
                [pscustomobject]@{ OrderNumber = '00000000'; LineNumber = 1 }
            ) | Set-AgilantOrderItem -Returned $false
            """);

        Assert.Equal(new[] { "/order/89023475", "/order/00000000" }, emulator.Requests.Filter("PUT").Select(request => request.RawTarget));
        var target = (PSObject)Assert.Single(result.Errors).TargetObject;
        Assert.Equal(("00000000", 1), ((string)target.Properties["OrderNumber"].Value, (int)target.Properties["LineNumber"].Value));
    }

    [Fact]
    public async Task Remove_takes_items_from_the_pipeline_and_sends_the_line_number_in_the_body()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            (Get-AgilantOrder 89023475).Items | Where-Object LineNumber -eq 2 | Remove-AgilantOrderItem -Confirm:$false
            (Get-AgilantOrder 89023475).Items.LineNumber
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(1, (int)Assert.Single(result.Output).BaseObject);
        var delete = Assert.Single(emulator.Requests.Filter("DELETE"));
        Assert.Equal(("/order/89023475/item/346346", """{"lineNumber":2}"""), (delete.RawTarget, delete.Body));
    }

    [Fact]
    public async Task Errors_name_the_item_piped_in_or_the_key_given_on_the_command_line()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $item = (Get-AgilantOrder 89023475).Items[1]
            $item.LineNumber = 9
            $item | Set-AgilantOrderItem -Quantity 2
            $item | Remove-AgilantOrderItem -Confirm:$false
            Set-AgilantOrderItem 89023475 9 -Quantity 2
            Remove-AgilantOrderItem 89023475 346346 9 -Confirm:$false
            """);

        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors.Take(2), error => Assert.Equal("Agilant.OrderItem", ((PSObject)error.TargetObject).BaseObject.GetType().FullName));
        Assert.Equal(new object[] { "89023475 line 9", "89023475/346346/9" }, result.Errors.Skip(2).Select(error => error.TargetObject));
        Assert.All(result.Errors, error => Assert.StartsWith("Agilant.NotFound,", error.FullyQualifiedErrorId));
    }

    [Theory]
    [InlineData("Set-AgilantOrder 89023475 -FirstName Jim -WhatIf")]
    [InlineData("(Get-AgilantOrder 89023475).Items | Set-AgilantOrderItem -Paid $true -WhatIf")]
    [InlineData("(Get-AgilantOrder 89023475).Items | Remove-AgilantOrderItem -WhatIf")]
    public async Task WhatIf_changes_nothing(string script)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(script);

        result.ShouldHaveNoErrors();
        Assert.All(emulator.Requests.All, request => Assert.Equal("GET", request.Method));
    }
}
