using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class WhatIfTests
{
    [Theory]
    [InlineData("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -WhatIf")]
    [InlineData("Set-AgilantTicket 10000001 -Status CLOSED -WhatIf")]
    [InlineData("10000001, 10000002 | Set-AgilantTicket -Subject x -WhatIf")]
    [InlineData("Add-AgilantTicketReply 10000001 -Message m -EmailAddress a@testco.com -WhatIf")]
    [InlineData("Invoke-AgilantRequest /ticket -Method POST -Body '{}' -WhatIf")]
    [InlineData("Invoke-AgilantRequest /account/a1 -Method DELETE -WhatIf")]
    public async Task WhatIf_sends_nothing(string script)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(script);

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Output);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public void WhatIf_needs_no_connection()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("Set-AgilantTicket 10000001 -Status CLOSED -WhatIf");

        result.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Confirm_false_goes_ahead()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -Confirm:$false");

        result.ShouldHaveNoErrors();
        Assert.Single(emulator.Requests.All);
    }
}
