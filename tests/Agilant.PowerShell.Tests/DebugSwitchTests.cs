using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// -Debug makes PowerShell ask before each Verbose line of a compiled cmdlet, which fails where nobody can answer:
/// the module must show the call's log without asking.
/// </summary>
public class DebugSwitchTests
{
    [Fact]
    public async Task Debug_alone_shows_the_call_log_without_asking()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -Debug
            Get-AgilantTicket $t.TicketNumber -Debug | ForEach-Object TicketNumber
            Disconnect-Agilant -Debug
            """);

        result.ShouldHaveNoErrors();
        Assert.Single(result.Output);
        Assert.Empty(result.Verbose);
        Assert.Contains(result.Debug, line => line.StartsWith("GET /ticket/") && line.Contains(": 200 OK in "));
        Assert.Contains(result.Debug, line => line.StartsWith("Response GET /ticket/"));
        Assert.Contains(result.Debug, line => line.StartsWith("Disconnected "));
    }

    [Fact]
    public async Task Debug_with_Verbose_keeps_the_summary_lines_on_the_verbose_stream()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Invoke-AgilantRequest /ticket/1 -Debug -Verbose -ErrorAction SilentlyContinue");

        Assert.Contains(result.Verbose, line => line.StartsWith("GET /ticket/1: 404 "));
        Assert.DoesNotContain(result.Debug, line => line.StartsWith("GET /ticket/1: 404 "));
        Assert.Contains(result.Debug, line => line.StartsWith("Response GET /ticket/1: 404"));
    }
}
