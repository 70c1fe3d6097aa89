using System;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>Connect-Agilant checks the keys with a read that changes nothing, and tells where it connected.</summary>
public class KeyCheckTests
{
    [Fact]
    public async Task Connecting_checks_the_keys_with_one_signed_read_and_tells_where_on_the_host_only()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Keyed(new Engine(), emulator);

        ScriptResult result = engine.Run("""
            $kept = Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey
            $null -eq $kept
            (Get-AgilantSession).BaseUri
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { true, emulator.BaseUri }, result.Output.Select(item => item.BaseObject));
        InformationRecord told = Assert.Single(result.Information);
        Assert.Contains("PSHOST", told.Tags);
        string line = told.MessageData.ToString()!;
        Assert.Contains(emulator.BaseUri.ToString(), line);
        Assert.Contains(emulator.Key.PublicKey, line);
        Assert.Contains("accepted the keys", line);
        RecordedRequest check = Assert.Single(emulator.Requests.All);
        Assert.Equal(("GET", "/ticket/0", 404), (check.Method, check.Path, check.StatusCode));
        Assert.Equal(0, emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task InformationAction_Ignore_silences_the_line_and_PassThru_still_returns_the_session()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Keyed(new Engine(), emulator);

        ScriptResult result = engine.Run("Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -PassThru -InformationAction Ignore");

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Information);
        Assert.Single(result.Objects("Agilant.AgilantSession"));
    }

    [Fact]
    public async Task Wrong_keys_stop_Connect_with_Unauthorized_and_leave_no_session()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Keyed(new Engine(), emulator);
        engine.Set("Wrong", Engine.Secure("not-the-secret"));

        ScriptResult result = engine.Run("""
            try { Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $Wrong; 'not reached' } catch { $_ }
            Get-AgilantSession
            """);

        ErrorRecord error = result.Caught;
        Assert.Single(result.Output);
        Assert.Equal("Agilant.Unauthorized,Agilant.PowerShell.Commands.ConnectAgilantCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains($"{emulator.BaseUri} refused the keys of public key {emulator.Key.PublicKey}", error.ErrorDetails.Message);
        Assert.Contains("Check the public and secret keys", error.ErrorDetails.Message);
        Assert.DoesNotContain("not-the-secret", result.AllText());
        Assert.Single(emulator.Requests.All);
    }

    [Fact]
    public async Task A_clock_far_from_the_servers_is_named_when_Connect_is_refused()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { ClockOffset = TimeSpan.FromHours(-3) });
        using var engine = Keyed(new Engine(), emulator);

        ScriptResult result = engine.Run("try { Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey } catch { $_ }");

        Assert.Equal("Agilant.Unauthorized,Agilant.PowerShell.Commands.ConnectAgilantCommand", result.Caught.FullyQualifiedErrorId);
        Assert.Contains("The server's clock is 180 minutes behind this computer's", result.Caught.ErrorDetails.Message);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_stops_Connect_and_SkipCheck_connects_offline()
    {
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));
        engine.Set("Closed", new Uri($"http://127.0.0.1:{ClosedPort()}/"));

        ScriptResult checkedConnect = engine.Run("try { Connect-Agilant pk $Secret -BaseUri $Closed -MaximumRetryCount 0 } catch { $_ }; Get-AgilantSession");
        ScriptResult offline = engine.Run("Connect-Agilant pk $Secret -BaseUri $Closed -SkipCheck; (Get-AgilantSession).BaseUri");

        Assert.Equal("Agilant.ConnectionFailed,Agilant.PowerShell.Commands.ConnectAgilantCommand", checkedConnect.Caught.FullyQualifiedErrorId);
        Assert.EndsWith("To connect without checking the keys, for example offline, add -SkipCheck.", checkedConnect.Caught.ErrorDetails.Message);
        Assert.Single(checkedConnect.Output);
        offline.ShouldHaveNoErrors();
        Assert.Equal(engine.Get("Closed"), Assert.Single(offline.Output).BaseObject);
        Assert.Contains("not checked", Assert.Single(offline.Information).MessageData.ToString());
    }

    [Fact]
    public async Task A_server_error_at_the_check_connects_with_a_warning()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Keyed(new Engine(), emulator);
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/ticket", StatusCode = 500 });

        ScriptResult result = engine.Run("Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey; (Get-AgilantSession).IsConnected");

        result.ShouldHaveNoErrors();
        Assert.Equal(true, Assert.Single(result.Output).BaseObject);
        Assert.Contains("could not be checked", Assert.Single(result.Warnings));
    }

    [Fact]
    public async Task A_404_page_that_is_not_the_APIs_answer_is_not_taken_for_accepted_keys()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Keyed(new Engine(), emulator);
        emulator.Faults.Add(new Fault { Method = "GET", PathPrefix = "/ticket", StatusCode = 404, HtmlPage = true });

        ScriptResult result = engine.Run("Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey; (Get-AgilantSession).IsConnected");

        result.ShouldHaveNoErrors();
        Assert.Equal(true, Assert.Single(result.Output).BaseObject);
        Assert.Contains("without the Agilant API's answer", Assert.Single(result.Warnings));
        Assert.DoesNotContain("accepted the keys", Assert.Single(result.Information).MessageData.ToString());
    }

    private static Engine Keyed(Engine engine, AgilantEmulator emulator)
    {
        engine.Set("BaseUri", emulator.BaseUri);
        engine.Set("PublicKey", emulator.Key.PublicKey);
        engine.Set("SecretKey", Engine.Secure(emulator.Key.SecretKey));
        return engine;
    }

    /// <summary>A loopback port that nothing listens on: one the system just gave out and took back.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
