using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.Emulator.Proxy;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>Connect-Agilant behind a corporate proxy that asks for credentials (a loopback forward proxy in front of the emulator).</summary>
public class ProxyTests
{
    private const string ProxyUser = "proxy-user";
    private const string ProxyPassword = "proxy-pa55-word";

    [Fact]
    public async Task With_ProxyCredential_every_call_goes_through_the_proxy_and_the_session_shows_the_proxy_but_no_password()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        await using var proxy = CredentialProxy.Start(ProxyUser, ProxyPassword);
        using var engine = Prepared(emulator, proxy);

        ScriptResult result = engine.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Proxy $Proxy -ProxyCredential $ProxyCredential
            $ticket = New-AgilantTicket -Subject 'Behind a proxy' -Message m -EmailAddress ann@testco.com
            (Get-AgilantTicket $ticket.TicketNumber).Subject
            $session = Get-AgilantSession
            $session.Proxy
            $session.ProxyUserName
            $session
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("Behind a proxy", result.Output[0].ToString());
        Assert.Equal(proxy.Address, result.Output[1].BaseObject);
        Assert.Equal(ProxyUser, result.Output[2].ToString());
        Assert.Single(result.Objects("Agilant.AgilantSession"));
        Assert.DoesNotContain(ProxyPassword, result.AllText());
        Assert.Contains(proxy.Address.ToString(), Assert.Single(result.Information).MessageData.ToString());
        Assert.Equal(
            new[] { "GET /ticket/0", "POST /ticket" }.Concat(Enumerable.Repeat("GET /ticket/" + emulator.State.Tickets.List().Single().TicketNumber, 2)),
            emulator.Requests.All.Select(request => $"{request.Method} {request.Path}"));
        Assert.All(emulator.Requests.All, request => Assert.Contains(proxy.Requests, seen => seen.Authorized && seen.Target.EndsWith(request.Path, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_credentials_a_407_stops_Connect_naming_the_proxy_and_what_to_give_and_is_not_retried()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        await using var proxy = CredentialProxy.Start(ProxyUser, ProxyPassword);
        using var engine = Prepared(emulator, proxy);

        ScriptResult result = engine.Run("try { Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Proxy $Proxy } catch { $_ }; Get-AgilantSession");

        ErrorRecord error = result.Caught;
        Assert.Single(result.Output);
        Assert.Equal("Agilant.ProxyAuthenticationRequired,Agilant.PowerShell.Commands.ConnectAgilantCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains($"the proxy {proxy.Address}", error.ErrorDetails.Message);
        Assert.Contains("-ProxyCredential", error.ErrorDetails.Message);
        Assert.Contains("-ProxyUseDefaultCredentials", error.ErrorDetails.Message);
        Assert.Single(proxy.Requests);
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task A_407_on_a_call_stops_the_pipeline_at_its_first_record()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        await using var proxy = CredentialProxy.Start(ProxyUser, ProxyPassword);
        using var engine = Prepared(emulator, proxy);

        ScriptResult result = engine.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Proxy $Proxy -SkipCheck
            try { 10000001, 10000002, 10000003 | Get-AgilantTicket } catch { $_ }
            """);

        ErrorRecord error = result.Caught;
        Assert.Equal("Agilant.ProxyAuthenticationRequired,Agilant.PowerShell.Commands.GetAgilantTicketCommand", error.FullyQualifiedErrorId);
        Assert.Equal(10000001, error.TargetObject);
        Assert.Empty(result.Errors);
        Assert.Equal("GET", Assert.Single(proxy.Requests).Method);
    }

    [Fact]
    public async Task Refused_proxy_credentials_are_told_apart_from_missing_ones()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        await using var proxy = CredentialProxy.Start(ProxyUser, ProxyPassword);
        using var engine = Prepared(emulator, proxy);
        engine.Set("WrongCredential", new PSCredential(ProxyUser, Engine.Secure("wrong-proxy-password")));

        ScriptResult result = engine.Run("try { Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Proxy $Proxy -ProxyCredential $WrongCredential } catch { $_ }");

        Assert.Equal("Agilant.ProxyAuthenticationRequired,Agilant.PowerShell.Commands.ConnectAgilantCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Contains("refused the proxy credentials given", result.Caught.ErrorDetails.Message);
        Assert.DoesNotContain("wrong-proxy-password", result.AllText());
        Assert.Empty(emulator.Requests.All);
    }

    [Fact]
    public async Task An_https_address_meets_the_407_when_asking_the_proxy_for_a_tunnel()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        await using var proxy = CredentialProxy.Start(ProxyUser, ProxyPassword);
        using var engine = Prepared(emulator, proxy);
        engine.Set("Https", new UriBuilder(emulator.BaseUri) { Scheme = "https" }.Uri);

        ScriptResult result = engine.Run("try { Connect-Agilant -BaseUri $Https -PublicKey $PublicKey -SecretKey $SecretKey -Proxy $Proxy } catch { $_ }");

        Assert.Equal("Agilant.ProxyAuthenticationRequired,Agilant.PowerShell.Commands.ConnectAgilantCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Equal("CONNECT", Assert.Single(proxy.Requests).Method);
    }

    [Fact]
    public void A_proxy_address_with_a_password_in_it_and_two_kinds_of_proxy_credentials_are_refused()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));
        engine.Set("ProxyCredential", new PSCredential(ProxyUser, Engine.Secure(ProxyPassword)));

        ScriptResult inUri = engine.Run($"try {{ Connect-Agilant pk $Secret -Proxy 'http://{ProxyUser}:{ProxyPassword}@127.0.0.1:3128/' -SkipCheck }} catch {{ $_ }}");
        ScriptResult both = engine.Run("try { Connect-Agilant pk $Secret -Proxy http://127.0.0.1:3128/ -ProxyCredential $ProxyCredential -ProxyUseDefaultCredentials -SkipCheck } catch { $_ }");

        Assert.Equal("Agilant.InvalidProxy,Agilant.PowerShell.Commands.ConnectAgilantCommand", inUri.Caught.FullyQualifiedErrorId);
        Assert.Contains("-ProxyCredential", inUri.Caught.Exception.Message);
        Assert.DoesNotContain(ProxyPassword, inUri.AllText());
        Assert.Equal("Agilant.ProxyCredentialAndDefaultCredentials,Agilant.PowerShell.Commands.ConnectAgilantCommand", both.Caught.FullyQualifiedErrorId);
    }

    private static Engine Prepared(AgilantEmulator emulator, CredentialProxy proxy)
    {
        var engine = new Engine();
        engine.Set("BaseUri", emulator.BaseUri);
        engine.Set("PublicKey", emulator.Key.PublicKey);
        engine.Set("SecretKey", Engine.Secure(emulator.Key.SecretKey));
        engine.Set("Proxy", proxy.Address);
        engine.Set("ProxyCredential", new PSCredential(ProxyUser, Engine.Secure(ProxyPassword)));
        return engine;
    }
}
