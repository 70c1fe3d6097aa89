using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class SecretTests
{
    [Fact]
    public async Task The_secret_and_signatures_never_appear_in_any_stream_with_Verbose_and_Debug()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $DebugPreference = 'Continue'
            $s = Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -PassThru -Verbose
            $s
            "$s"
            $t = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -Verbose -Debug
            $t
            Set-AgilantTicket $t.TicketNumber -Status OPEN -PassThru -Verbose -Debug
            Get-AgilantTicket 424242 -Verbose -Debug
            Invoke-AgilantRequest "/ticket/$($t.TicketNumber)" -Verbose -Debug
            [System.Management.Automation.PSSerializer]::Serialize($s, 3)
            """);

        Assert.NotEmpty(result.Verbose);
        Assert.NotEmpty(result.Debug);
        Assert.Contains(result.Debug, line => line.Contains("[signature redacted]"));
        string everything = result.AllText();
        Assert.DoesNotContain(emulator.Key.SecretKey, everything);
        foreach (var request in emulator.Requests.All)
        {
            string signature = request.Headers["Authorization"].Split('.', 2)[1];
            Assert.DoesNotContain(signature, everything);
        }
    }

    [Fact]
    public async Task The_session_shows_no_secret_among_its_properties()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("$Session.PSObject.Properties | ForEach-Object { $_.Name }");

        Assert.Equal(
            new[] { "PublicKey", "Environment", "BaseUri", "KeySource", "ConnectedAt", "Scope", "Proxy", "ProxyUserName", "ProxyUseDefaultCredentials", "Timeout", "MaximumRetryCount", "IsConnected" }.OrderBy(name => name),
            result.Output.Select(item => item.ToString()).OrderBy(name => name));
        ScriptResult types = engine.Run("[Agilant.AgilantSession].GetProperties([Reflection.BindingFlags]'Public,NonPublic,Instance') | ForEach-Object { $_.PropertyType.FullName }");
        Assert.DoesNotContain("System.Security.SecureString", types.Output.Select(item => item.ToString()));
    }
}
