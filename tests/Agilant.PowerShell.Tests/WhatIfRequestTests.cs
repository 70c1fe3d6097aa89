using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>-WhatIf shows, besides its sentence, the method, address and body the change would send.</summary>
public class WhatIfRequestTests
{
    private static readonly string NewLine = Environment.NewLine;

    /// <summary>Every command that changes something, with the request line -WhatIf shows for it without a session.</summary>
    public static TheoryData<string, string> EveryChange => new()
    {
        { "New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com", "POST /ticket" },
        { "Set-AgilantTicket 10000001 -Status CLOSED", "PUT /ticket/10000001" },
        { "Add-AgilantTicketReply 10000002 -Message m -EmailAddress a@testco.com", "POST /ticket/10000002/reply" },
        { "New-AgilantAccount -Id 'W/1' -FirstName F -LastName L -EmailAddress w@testco.com", "Creating 1 account, W/1: POST /account" },
        { "Set-AgilantAccount 'a/b' -FirstName Jim", "PUT /account/a%2Fb" },
        { "Remove-AgilantAccount 23526813", "DELETE /account/23526813" },
        { "New-AgilantService 23526813 IHIO-SMARTTV 2020-02-01", "POST /account/23526813/service" },
        { "Set-AgilantService 23526813 PREM-SECURITY 1 -RenewalDate $null", "PUT /account/23526813/service/PREM-SECURITY" },
        { "Remove-AgilantService 23526813 PREM-SECURITY 1", "DELETE /account/23526813/service/PREM-SECURITY" },
        { "Set-AgilantOrder 89023475 -LoyaltyId 1", "PUT /order/89023475" },
        { "Set-AgilantOrderItem 89023475 1 -Paid $true", "PUT /order/89023475" },
        { "Remove-AgilantOrderItem 89023475 346346 2", "DELETE /order/89023475/item/346346" },
        { "Send-AgilantDiagnostic 89023475 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf", "POST /order/89023475/diagnostic" },
        { "Invoke-AgilantRequest /ticket -Method POST -Body '{}'", "POST /ticket" },
        { "Invoke-AgilantRequest /account/a1 -Method DELETE", "DELETE /account/a1" },
    };

    /// <summary>Changes whose -WhatIf is compared with what the same command then sends.</summary>
    public static TheoryData<string> ChangesToSend => new()
    {
        "New-AgilantTicket -Subject 'Zoë''s TV – again' -Message 'It says \"no signal\"' -EmailAddress zoe@testco.com -Priority HIGH",
        "Set-AgilantTicket 10000001 -Status CLOSED -Subject 'Ünïcode <ok> & done'",
        "Add-AgilantTicketReply 10000001, 10000002 -Message 'On it' -EmailAddress a@testco.com -RepliedOn '2024-05-01T10:00:00+02:00'",
        "Set-AgilantAccount 23526813 -FirstName Jim -PhoneNumber '555 0100'",
        "Remove-AgilantAccount 23526813",
        "New-AgilantService 23526813 IHIO-SMARTTV 2020-02-01 -StoreNumber 42",
        "Set-AgilantService 23526813 PREM-SECURITY 1 -RenewalDate $null -Comment 'kept'",
        "Remove-AgilantService 23526813 PREM-SECURITY 1",
        "Set-AgilantOrder 89023475 -LoyaltyId 1 -ShipTo @{ City = 'Nashville' }",
        "(Get-AgilantOrder 89023475).Items | Set-AgilantOrderItem -Paid $true",
        "Remove-AgilantOrderItem 89023475 346346 2",
        "Send-AgilantDiagnostic 89023475 -ResultCode x -WindowsUpgradeEligible $true -DocumentUri https://reports.testco.com/r.pdf -SystemInformation @{ os = 'Windows 10'; ram = 8 }",
        "Invoke-AgilantRequest /ticket -Method POST -Body @{ subject = 's'; message = 'm'; emailAddress = 'a@testco.com' }",
        "Invoke-AgilantRequest /account/23526813 -Method PUT -Body @{ account = @{ firstName = 'Ann' } }",
    };

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Without_a_session_WhatIf_shows_the_route(string script, string requestLine)
    {
        var host = new RecordingHost();
        using var engine = new Engine(host: host);

        ScriptResult result = engine.Run(script + " -WhatIf");

        result.ShouldHaveNoErrors();
        Assert.Contains(requestLine, WhatIfLines(host));
    }

    [Fact]
    public void WhatIf_shows_its_sentence_then_the_request_and_its_body()
    {
        var host = new RecordingHost();
        using var engine = new Engine(host: host);

        engine.Run("Set-AgilantTicket 10000001 -Status CLOSED -WhatIf").ShouldHaveNoErrors();

        Assert.Equal(
            "What if: Performing the operation \"Update\" on target \"Ticket 10000001\"." + NewLine + "PUT /ticket/10000001" + NewLine + "{\"status\":\"CLOSED\"}",
            Assert.Single(host.Lines));
    }

    [Fact]
    public async Task With_a_session_WhatIf_shows_the_whole_address()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Engine.ConnectedTo(emulator, host: host);

        engine.Run("Remove-AgilantAccount 23526813 -WhatIf").ShouldHaveNoErrors();

        Assert.Contains("DELETE " + Root(emulator) + "/account/23526813", WhatIfLines(host));
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public void The_WhatIf_preference_shows_the_request_too()
    {
        var host = new RecordingHost();
        using var engine = new Engine(host: host);

        engine.Run("$WhatIfPreference = $true; Set-AgilantTicket 10000001 -Priority LOW").ShouldHaveNoErrors();

        Assert.Contains("{\"priority\":\"LOW\"}", WhatIfLines(host));
    }

    [Theory]
    [MemberData(nameof(ChangesToSend))]
    public async Task WhatIf_shows_byte_for_byte_what_the_command_then_sends(string script)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Seeded(emulator, host);

        engine.Run(script + " -WhatIf").ShouldHaveNoErrors();
        List<ShownRequest> shown = host.Lines
            .Where(line => line.StartsWith("What if: ", StringComparison.Ordinal))
            .Select(line => line.Split(NewLine))
            .Where(lines => lines.Length > 1)
            .Select(lines => ShownRequest.From(lines.Skip(1).ToArray()))
            .ToList();
        engine.Run(script + " -Confirm:$false").ShouldHaveNoErrors();

        AssertSentAsShown(emulator, shown);
    }

    [Fact]
    public async Task New_account_shows_one_line_per_batch_with_its_row_count()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Engine.ConnectedTo(emulator, host: host);

        ScriptResult result = engine.Run(FiveAccounts + " | New-AgilantAccount -BatchSize 2 -WhatIf");

        result.ShouldHaveNoErrors();
        Assert.Equal(
            new[]
            {
                $"What if: Creating 2 accounts, W1 to W2: POST {Root(emulator)}/account",
                $"What if: Creating 2 accounts, W3 to W4: POST {Root(emulator)}/account",
                $"What if: Creating 1 account, W5: POST {Root(emulator)}/account",
            },
            host.Lines.Where(line => line.StartsWith("What if: ", StringComparison.Ordinal)));
        Assert.Empty(result.Verbose);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task New_account_shows_under_Verbose_the_bodies_it_then_sends()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Engine.ConnectedTo(emulator, host: host);

        ScriptResult whatIf = engine.Run(FiveAccounts + " | New-AgilantAccount -BatchSize 2 -WhatIf -Verbose");
        List<ShownRequest> shown = whatIf.Verbose.Select(text => ShownRequest.From(text.Split(NewLine))).ToList();
        engine.Run(FiveAccounts + " | New-AgilantAccount -BatchSize 2").ShouldHaveNoErrors();

        Assert.Equal(3, shown.Count);
        AssertSentAsShown(emulator, shown);
    }

    [Fact]
    public async Task WhatIf_shows_no_key_signature_or_signing_header()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        var host = new RecordingHost();
        using var engine = Engine.ConnectedTo(emulator, host: host);

        ScriptResult result = engine.Run("Set-AgilantTicket 10000001 -Status CLOSED -WhatIf -Verbose -Debug; " + FiveAccounts + " | New-AgilantAccount -WhatIf -Verbose");

        string everything = string.Join("\n", host.Lines) + "\n" + result.AllText();
        Assert.Contains("PUT ", everything);
        Assert.DoesNotContain(emulator.Key.SecretKey, everything);
        Assert.DoesNotContain("Authorization", everything);
        Assert.DoesNotContain("Timestamp", everything);
    }

    [Fact]
    public async Task A_real_change_under_Verbose_shows_no_body()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Seeded(emulator, new RecordingHost());

        ScriptResult result = engine.Run("Set-AgilantTicket 10000001 -Status CLOSED -Verbose");

        result.ShouldHaveNoErrors();
        Assert.Contains("Performing the operation \"Update\" on target \"Ticket 10000001\".", result.Verbose);
        Assert.DoesNotContain(result.Verbose, line => line.Contains("CLOSED", StringComparison.Ordinal));
    }

    private const string FiveAccounts =
        "1..5 | ForEach-Object { [pscustomobject]@{ Id = \"W$_\"; FirstName = 'Zoë'; LastName = \"O'Brien $_\"; Email = \"w$_@testco.com\"; Sku = 'IHIO-SMARTTV'; PurchaseDate = '2024-02-01' } }";

    /// <summary>Connected to an emulator that has the tickets 10000001 and 10000002 and the account 23526813 with its service PREM-SECURITY; its journal empty.</summary>
    private static Engine Seeded(AgilantEmulator emulator, RecordingHost host)
    {
        var engine = Engine.ConnectedTo(emulator, host: host);
        engine.Run("""
            $null = 1..2 | ForEach-Object { New-AgilantTicket -Subject "s$_" -Message m -EmailAddress a@testco.com }
            $null = New-AgilantAccount -Id 23526813 -FirstName F -LastName L -EmailAddress f@testco.com -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01
            """).ShouldHaveNoErrors();
        emulator.Requests.Clear();
        return engine;
    }

    private static string Root(AgilantEmulator emulator) => emulator.BaseUri.AbsoluteUri.TrimEnd('/');

    /// <summary>The lines of every -WhatIf message, the "What if: " of each taken off.</summary>
    private static List<string> WhatIfLines(RecordingHost host) =>
        host.Lines
            .Where(line => line.StartsWith("What if: ", StringComparison.Ordinal))
            .SelectMany(line => line["What if: ".Length..].Split(NewLine))
            .ToList();

    /// <summary>The changes the emulator received (the reads the commands make are left out) match what was shown, byte for byte.</summary>
    private static void AssertSentAsShown(AgilantEmulator emulator, IReadOnlyList<ShownRequest> shown)
    {
        List<ShownRequest> sent = emulator.Requests.All
            .Where(request => request.Method != "GET")
            .Select(request => new ShownRequest($"{request.Method} {Root(emulator)}{request.RawTarget}", request.Body))
            .ToList();
        Assert.NotEmpty(sent);
        Assert.Equal(
            shown.Select(request => request.ToString()).Order(StringComparer.Ordinal),
            sent.Select(request => request.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(
            shown.Select(request => Encoding.UTF8.GetBytes(request.Body)).OrderBy(Convert.ToBase64String),
            sent.Select(request => Encoding.UTF8.GetBytes(request.Body)).OrderBy(Convert.ToBase64String));
    }

    /// <summary>A request as shown: its request line, then its body (empty when there is none).</summary>
    private sealed record ShownRequest(string RequestLine, string Body)
    {
        public static ShownRequest From(string[] lines) => new(lines[0], string.Join(NewLine, lines.Skip(1)));

        public override string ToString() => RequestLine + "\n" + Body;
    }
}
