using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class ConnectAgilantTests
{
    [Fact]
    public void Connects_to_the_sandbox_by_default_and_returns_the_session_only_with_PassThru()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s3cret-value"));

        ScriptResult quiet = engine.Run("Connect-Agilant -PublicKey pk-1 -SecretKey $Secret -SkipCheck");
        ScriptResult loud = engine.Run("Connect-Agilant -PublicKey pk-1 -SecretKey $Secret -SkipCheck -PassThru; Get-AgilantSession");

        quiet.ShouldHaveNoErrors();
        Assert.Empty(quiet.Output);
        loud.ShouldHaveNoErrors();
        Assert.Equal(2, loud.Output.Count);
        dynamic session = Assert.Single(loud.Objects("Agilant.AgilantSession").Distinct());
        Assert.Same(loud.Output[0].BaseObject, loud.Output[1].BaseObject);
        Assert.Equal("pk-1", (string)session.PublicKey);
        Assert.Equal("Sandbox", session.Environment.ToString());
        Assert.Equal(new Uri("https://api.beta.agilantsolutions.com/"), (Uri)session.BaseUri);
        Assert.Equal("Parameters", (string)session.KeySource);
    }

    [Fact]
    public void Production_and_a_custom_base_uri()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));

        dynamic production = engine.Run("Connect-Agilant pk $Secret -Environment Production -SkipCheck -PassThru").Output[0];
        dynamic custom = engine.Run("Connect-Agilant pk $Secret -BaseUri http://127.0.0.1:5080 -SkipCheck -PassThru").Output[0];

        Assert.Equal(new Uri("https://api.agilantsolutions.com/"), (Uri)production.BaseUri);
        Assert.Equal("Production", production.Environment.ToString());
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), (Uri)custom.BaseUri);
        Assert.Null(custom.Environment);
    }

    [Fact]
    public void Environment_and_BaseUri_together_are_refused()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));

        ScriptResult result = engine.Run("try { Connect-Agilant pk $Secret -Environment Production -BaseUri http://127.0.0.1:1/ } catch { $_ }; Get-AgilantSession");

        Assert.StartsWith("Agilant.EnvironmentAndBaseUri", result.Caught.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Caught.CategoryInfo.Category);
        Assert.Single(result.Output);
    }

    [Fact]
    public void Warns_when_keys_would_cross_the_network_in_plain_http()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));

        ScriptResult remote = engine.Run("Connect-Agilant pk $Secret -BaseUri http://agilant.example.test/ -SkipCheck");
        ScriptResult local = engine.Run("Connect-Agilant pk $Secret -BaseUri http://127.0.0.1:5080/ -SkipCheck");

        Assert.Contains("unencrypted", Assert.Single(remote.Warnings));
        Assert.Empty(local.Warnings);
    }

    [Fact]
    public async Task A_credential_gives_the_public_key_as_user_name_and_the_secret_as_password()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = new Engine();
        engine.Set("Credential", new PSCredential(emulator.Key.PublicKey, Engine.Secure(emulator.Key.SecretKey)));
        engine.Set("BaseUri", emulator.BaseUri);

        ScriptResult result = engine.Run("""
            $session = Connect-Agilant -Credential $Credential -BaseUri $BaseUri -PassThru
            $session.KeySource
            Invoke-AgilantRequest -Method POST -Route /ticket -Body @{ emailAddress = 'a@testco.com'; subject = 's'; message = 'm' } | ForEach-Object ticketNumber
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("Credential", result.Output[0].ToString());
        Assert.IsType<long>(result.Output[1].BaseObject);
    }

    [Fact]
    public async Task A_new_connection_becomes_the_default_and_the_old_one_still_works_with_Session()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $first = $Session
            $second = Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -PassThru
            [object]::ReferenceEquals((Get-AgilantSession), $second)
            $first.IsConnected
            (New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com -Session $first).TicketNumber -gt 0
            Disconnect-Agilant -Session $first
            $first.IsConnected
            [object]::ReferenceEquals((Get-AgilantSession), $second)
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { true, true, true, false, true }, result.Output.Select(item => item.BaseObject));
    }

    [Fact]
    public async Task Disconnect_ends_the_default_session_and_later_calls_say_to_connect()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult disconnected = engine.Run("Disconnect-Agilant; Get-AgilantSession; $Session.IsConnected");
        ScriptResult notConnected = engine.Run("try { 10000001, 10000002 | Get-AgilantTicket } catch { $_ }");
        ScriptResult endedSession = engine.Run("try { Get-AgilantTicket 10000001 -Session $Session } catch { $_ }");
        ScriptResult again = engine.Run("Disconnect-Agilant -Verbose");

        disconnected.ShouldHaveNoErrors();
        Assert.Equal(false, Assert.Single(disconnected.Output).BaseObject);
        Assert.Equal("Agilant.NotConnected,Agilant.PowerShell.Commands.GetAgilantTicketCommand", notConnected.Caught.FullyQualifiedErrorId);
        Assert.Contains("Connect-Agilant", notConnected.Caught.Exception.Message);
        Assert.Equal("Agilant.SessionDisconnected,Agilant.PowerShell.Commands.GetAgilantTicketCommand", endedSession.Caught.FullyQualifiedErrorId);
        again.ShouldHaveNoErrors();
        Assert.Contains("no session", Assert.Single(again.Verbose));
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task A_session_given_with_Session_is_used_instead_of_the_default()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Wrong", Engine.Secure("wrong-secret"));

        ScriptResult result = engine.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $Wrong -SkipCheck
            Invoke-AgilantRequest /ticket -Method POST -Body @{ emailAddress = 'a@testco.com'; subject = 's'; message = 'm' } -Session $Session | ForEach-Object success
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(true, Assert.Single(result.Output).BaseObject);
    }
}
