using System;
using System.Linq;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// These tests make process-wide default sessions, which every runspace of this process would see: they run alone,
/// and leave none behind. Every other test keeps its sessions to its own runspace (see <see cref="Engine"/>).
/// </summary>
[CollectionDefinition(nameof(ProcessSessionsCollection), DisableParallelization = true)]
public class ProcessSessionsCollection
{
}

[Collection(nameof(ProcessSessionsCollection))]
public sealed class SessionScopeTests : IDisposable
{
    public void Dispose()
    {
        using var cleaner = new Engine(processWideSessions: true);
        cleaner.Run("Disconnect-Agilant").ShouldHaveNoErrors();
    }

    [Fact]
    public async Task By_default_the_session_serves_every_runspace_of_the_process()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var connecting = Engine.ConnectedTo(emulator, processWideSessions: true);
        using var other = new Engine(processWideSessions: true);

        ScriptResult result = other.Run("""
            (Get-AgilantSession).Scope.ToString()
            (New-AgilantTicket -Subject 'From another runspace' -Message m -EmailAddress ann@testco.com).TicketNumber -gt 0
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { "Process", true }, result.Output.Select(item => item.BaseObject));
        Assert.Equal("POST", Assert.Single(emulator.Requests.Filter("POST")).Method);
    }

    [Fact]
    public async Task ForEach_Object_Parallel_uses_the_default_session_without_Session()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator, processWideSessions: true);
        engine.Set("Manifest", ModuleUnderTest.ManifestPath);

        ScriptResult result = engine.Run("""
            $created = 1..3 | ForEach-Object { New-AgilantTicket -Subject "Ticket $_" -Message m -EmailAddress ann@testco.com }
            $created.TicketNumber | ForEach-Object -ThrottleLimit 3 -Parallel {
                Import-Module $using:Manifest
                (Get-AgilantTicket $_).Subject
            }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "Ticket 1", "Ticket 2", "Ticket 3" }, result.Output.Select(item => item.ToString()).Order());
    }

    [Fact]
    public async Task A_runspace_session_wins_in_its_own_runspace_and_is_invisible_elsewhere()
    {
        await using var shared = await AgilantEmulator.StartAsync();
        await using var own = await AgilantEmulator.StartAsync();
        using var processWide = Engine.ConnectedTo(shared, processWideSessions: true);
        using var owner = new Engine(processWideSessions: true);
        using var neighbour = new Engine(processWideSessions: true);
        owner.Set("OwnBaseUri", own.BaseUri);
        owner.Set("PublicKey", own.Key.PublicKey);
        owner.Set("SecretKey", Engine.Secure(own.Key.SecretKey));
        owner.Set("Manifest", ModuleUnderTest.ManifestPath);

        ScriptResult owned = owner.Run("""
            Connect-Agilant -BaseUri $OwnBaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Scope Runspace
            (Get-AgilantSession).Scope.ToString()
            (New-AgilantTicket -Subject mine -Message m -EmailAddress ann@testco.com).TicketNumber -gt 0
            1 | ForEach-Object -Parallel { Import-Module $using:Manifest; (Get-AgilantSession).BaseUri }
            """);
        ScriptResult elsewhere = neighbour.Run("(Get-AgilantSession).BaseUri");

        owned.ShouldHaveNoErrors();
        Assert.Equal(new object[] { "Runspace", true, shared.BaseUri }, owned.Output.Select(item => item.BaseObject));
        Assert.Equal(shared.BaseUri, Assert.Single(elsewhere.Output).BaseObject);
        Assert.Single(own.Requests.Filter("POST"));
        Assert.Empty(shared.Requests.All);
    }

    [Fact]
    public async Task Disconnect_ends_the_session_this_runspace_uses_its_own_first_then_the_process_one()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var processWide = Engine.ConnectedTo(emulator, processWideSessions: true);
        using var owner = new Engine(processWideSessions: true);
        owner.Set("BaseUri", emulator.BaseUri);
        owner.Set("PublicKey", emulator.Key.PublicKey);
        owner.Set("SecretKey", Engine.Secure(emulator.Key.SecretKey));

        ScriptResult result = owner.Run("""
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -Scope Runspace
            Disconnect-Agilant
            (Get-AgilantSession).Scope.ToString()
            Disconnect-Agilant
            $null -eq (Get-AgilantSession)
            """);
        ScriptResult afterwards = processWide.Run("$null -eq (Get-AgilantSession); $Session.IsConnected");

        result.ShouldHaveNoErrors();
        Assert.Equal(new object[] { "Process", true }, result.Output.Select(item => item.BaseObject));
        Assert.Equal(new object[] { true, false }, afterwards.Output.Select(item => item.BaseObject));
    }

    [Fact]
    public async Task A_runspace_scoped_session_never_serves_another_runspace_even_with_no_process_session()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var owner = Engine.ConnectedTo(emulator);
        using var neighbour = new Engine(processWideSessions: true);

        ScriptResult result = neighbour.Run("try { Get-AgilantTicket 10000001 } catch { $_.FullyQualifiedErrorId }");

        Assert.Equal("Agilant.NotConnected,Agilant.PowerShell.Commands.GetAgilantTicketCommand", Assert.Single(result.Output).ToString());
        Assert.Empty(emulator.Requests.All);
    }
}
