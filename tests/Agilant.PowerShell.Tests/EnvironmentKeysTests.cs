using System;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>These tests change the process's environment, so they run alone.</summary>
[CollectionDefinition(nameof(EnvironmentKeysTests), DisableParallelization = true)]
public class EnvironmentKeysCollection
{
}

[Collection(nameof(EnvironmentKeysTests))]
public sealed class EnvironmentKeysTests : IDisposable
{
    private static readonly string[] Variables = { "AGILANT_PUBLIC_KEY", "AGILANT_SECRET_KEY", "AGILANT_BASE_URI" };

    public void Dispose()
    {
        foreach (string variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task With_no_key_given_it_reads_keys_and_base_uri_from_the_environment()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        Environment.SetEnvironmentVariable("AGILANT_PUBLIC_KEY", emulator.Key.PublicKey);
        Environment.SetEnvironmentVariable("AGILANT_SECRET_KEY", emulator.Key.SecretKey);
        Environment.SetEnvironmentVariable("AGILANT_BASE_URI", emulator.BaseUri.AbsoluteUri);
        using var engine = new Engine();

        ScriptResult result = engine.Run("""
            $session = Connect-Agilant -PassThru
            $session.KeySource
            $session.BaseUri
            (New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com).TicketNumber -gt 0
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal("Environment", result.Output[0].ToString());
        Assert.Equal(emulator.BaseUri, result.Output[1].BaseObject);
        Assert.Equal(true, result.Output[2].BaseObject);
    }

    [Fact]
    public void Without_keys_anywhere_it_says_where_keys_can_come_from()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("try { Connect-Agilant } catch { $_ }");

        ErrorRecord error = result.Caught;
        Assert.Equal("Agilant.NoKeys,Agilant.PowerShell.Commands.ConnectAgilantCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("AGILANT_PUBLIC_KEY", error.Exception.Message);
        Assert.Contains("-Credential", error.Exception.Message);
    }

    [Fact]
    public void Explicit_keys_ignore_the_environments_base_uri()
    {
        Environment.SetEnvironmentVariable("AGILANT_BASE_URI", "http://127.0.0.1:1/");
        using var engine = new Engine();
        engine.Set("Secret", Engine.Secure("s"));

        ScriptResult result = engine.Run("(Connect-Agilant pk $Secret -SkipCheck -PassThru).BaseUri");

        Assert.Equal(new Uri("https://api.beta.agilantsolutions.com/"), Assert.Single(result.Output).BaseObject);
    }
}
