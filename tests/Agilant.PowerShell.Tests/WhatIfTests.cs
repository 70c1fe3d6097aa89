using System.Linq;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class WhatIfTests
{
    public static TheoryData<string> EveryChange =>
    [
        "New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -WhatIf",
        "Set-AgilantTicket 10000001 -Status CLOSED -WhatIf",
        "10000001, 10000002 | Set-AgilantTicket -Subject x -WhatIf",
        "Add-AgilantTicketReply 10000001, 10000002 -Message m -EmailAddress a@testco.com -WhatIf",
        "New-AgilantAccount -Id W1 -FirstName F -LastName L -EmailAddress w@testco.com -WhatIf",
        "1..3 | ForEach-Object { [pscustomobject]@{ Id = \"W$_\"; FirstName = 'F'; LastName = 'L'; Email = 'w@testco.com' } } | New-AgilantAccount -BatchSize 2 -WhatIf",
        "Set-AgilantAccount 23526813 -FirstName Jim -WhatIf",
        "Remove-AgilantAccount 23526813 -WhatIf",
        "New-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 -WhatIf",
        "Set-AgilantService 23526813 PREM-SECURITY 1 -RenewalDate $null -WhatIf",
        "Remove-AgilantService 23526813 PREM-SECURITY 1 -WhatIf",
        "Set-AgilantOrder 89023475 -LoyaltyId 1 -ShipTo @{ City = 'Nashville' } -WhatIf",
        "Set-AgilantOrderItem 89023475 1 -Paid $true -WhatIf",
        "Remove-AgilantOrderItem 89023475 346346 2 -WhatIf",
        "Send-AgilantDiagnostic 89023475 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf -WhatIf",
        "Invoke-AgilantRequest /ticket -Method POST -Body '{}' -WhatIf",
        "Invoke-AgilantRequest /account/a1 -Method DELETE -WhatIf",
    ];

    [Theory]
    [MemberData(nameof(EveryChange))]
    public async Task WhatIf_sends_nothing(string script)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run(script);

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Output);
        Assert.Empty(emulator.Requests.All);
    }

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void WhatIf_needs_no_connection(string script)
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run(script);

        result.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Confirm_false_goes_ahead()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -Confirm:$false");

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "POST", "GET" }, emulator.Requests.All.Select(request => request.Method));
    }
}
