using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// The module's dependencies load in its own AssemblyLoadContext, and nothing a user touches notices: type literals,
/// output types, re-imports, sessions shared with parallel runspaces. The test process already holds .NET 10's
/// Microsoft.Extensions.* (ASP.NET Core's, for the emulator) in its default context, as a pwsh would after another
/// vendor's module.
/// </summary>
public class ModuleLoadingTests
{
    [Fact]
    public async Task The_modules_Microsoft_Extensions_load_from_its_dependencies_folder_into_its_own_context()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        engine.Run("New-AgilantTicket -Subject s -Message m -EmailAddress ann@testco.com").ShouldHaveNoErrors();

        AssemblyLoadContext context = Assert.Single(AssemblyLoadContext.All, context => context.Name == "Agilant");
        Assembly injection = Assert.Single(context.Assemblies, assembly => assembly.GetName().Name == "Microsoft.Extensions.DependencyInjection");
        Assert.Equal(new Version(8, 0, 0, 0), injection.GetName().Version);
        Assert.All(context.Assemblies, assembly => Assert.StartsWith(ModuleUnderTest.DependenciesDirectory, assembly.Location, StringComparison.Ordinal));
        Assert.Contains(context.Assemblies, assembly => assembly.GetName().Name == "Agilant.HttpFactory");
        Assert.DoesNotContain(context.Assemblies, assembly => assembly.GetName().Name is "Agilant.Client" or "Agilant" or "System.Text.Json");
        Assert.All(
            AssemblyLoadContext.Default.Assemblies.Where(assembly => assembly.GetName().Name!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)),
            assembly => Assert.DoesNotContain(ModuleUnderTest.ModuleDirectory, assembly.Location, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scripts_name_the_modules_types_and_its_objects_are_of_them()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            $ticket = New-AgilantTicket -Subject s -Message m -EmailAddress ann@testco.com -Priority ([Agilant.TicketPriority]::HIGH)
            (Get-AgilantTicket $ticket.TicketNumber) -is [Agilant.Ticket]
            [Agilant.Account].FullName
            [Agilant.TicketPriority]'LOW'
            (Get-Command Get-AgilantTicket).OutputType.Type.FullName
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "True", "Agilant.Account", "LOW", "Agilant.Ticket" }, result.Output.Select(item => item.ToString()));
        Assert.Equal("HIGH", emulator.State.Tickets.List().Single().Priority);
    }

    [Fact]
    public async Task The_module_works_after_Import_Module_Force_and_after_Remove_Module_and_a_new_import()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Manifest", ModuleUnderTest.ManifestPath);

        ScriptResult result = engine.Run("""
            Import-Module $Manifest -Force
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey
            (New-AgilantTicket -Subject forced -Message m -EmailAddress ann@testco.com) -is [Agilant.Ticket]
            Remove-Module Agilant
            Import-Module $Manifest
            Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey
            (New-AgilantTicket -Subject again -Message m -EmailAddress ann@testco.com) -is [Agilant.Ticket]
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "True", "True" }, result.Output.Select(item => item.ToString()));
        Assert.Equal(new[] { "forced", "again" }, emulator.State.Tickets.List().Select(ticket => ticket.Subject));
        Assert.Single(AssemblyLoadContext.All, context => context.Name == "Agilant");
    }

    [Fact]
    public async Task A_session_passed_with_using_serves_ForEach_Object_Parallel()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Manifest", ModuleUnderTest.ManifestPath);

        ScriptResult result = engine.Run("""
            1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
                Import-Module $using:Manifest
                $ticket = New-AgilantTicket -Subject "parallel $_" -Message m -EmailAddress ann@testco.com -Session $using:Session
                $ticket -is [Agilant.Ticket]
            }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(Enumerable.Repeat("True", 4), result.Output.Select(item => item.ToString()));
        Assert.Equal(new[] { "parallel 1", "parallel 2", "parallel 3", "parallel 4" }, emulator.State.Tickets.List().Select(ticket => ticket.Subject).OrderBy(subject => subject));
    }
}
