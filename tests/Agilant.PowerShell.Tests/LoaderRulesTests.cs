using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Agilant.Loading;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// The loader's decisions (which assembly, from which path) against the module folder the build assembled: the
/// PowerShell 7 rules with a runtime of chosen versions, and the Windows PowerShell rules, which only .NET Framework runs.
/// </summary>
public class LoaderRulesTests
{
    private static readonly ModuleFolders Folders = new(ModuleUnderTest.ModuleDirectory);
    private static readonly ShippedAssemblies Dependencies = new(Folders.Dependencies);

    [Fact]
    public void Third_party_assemblies_the_runtime_lacks_load_from_dependencies_into_the_module_context()
    {
        var rules = new IsolationRules(Dependencies, Runtime(("System.Text.Json", "10.0.0.0")));

        Assert.Equal(Shipped("Microsoft.Extensions.DependencyInjection"), rules.PathInModuleContext(Name("Microsoft.Extensions.DependencyInjection, Version=8.0.0.0")));
        Assert.Equal(Shipped("Microsoft.Extensions.Http"), rules.PathInModuleContext(Name("Microsoft.Extensions.Http, Version=8.0.0.0")));
        Assert.Equal(Shipped("Agilant.HttpFactory"), rules.PathInModuleContext(Name("Agilant.HttpFactory, Version=0.1.0.0")));
    }

    [Fact]
    public void What_the_runtime_ships_at_the_version_asked_or_newer_comes_from_the_runtime()
    {
        var newer = new IsolationRules(Dependencies, Runtime(("System.Text.Json", "10.0.0.0")));
        var same = new IsolationRules(Dependencies, Runtime(("System.Text.Json", "8.0.0.0")));
        var older = new IsolationRules(Dependencies, Runtime(("System.Text.Json", "6.0.0.0")));

        Assert.Null(newer.PathInModuleContext(Name("System.Text.Json, Version=8.0.0.0")));
        Assert.Null(same.PathInModuleContext(Name("System.Text.Json, Version=8.0.0.0")));
        Assert.Equal(Shipped("System.Text.Json"), older.PathInModuleContext(Name("System.Text.Json, Version=8.0.0.0")));
    }

    [Fact]
    public void The_modules_shared_assemblies_and_what_it_does_not_ship_are_left_to_the_default_context()
    {
        var rules = new IsolationRules(Dependencies, Runtime());

        Assert.Null(rules.PathInModuleContext(Name("Agilant.Client, Version=0.1.0.0")));
        Assert.Null(rules.PathInModuleContext(Name("Agilant, Version=0.1.0.0")));
        Assert.Null(rules.PathInModuleContext(Name("Newtonsoft.Json, Version=13.0.0.0")));
        Assert.Null(rules.PathInModuleContext(Name("Microsoft.Extensions.DependencyInjection, Version=99.0.0.0")));
    }

    [Fact]
    public void Only_the_modules_own_isolated_assembly_enters_its_context_from_the_default_one()
    {
        var rules = new IsolationRules(Dependencies, Runtime());

        Assert.True(rules.EntersModuleContext(Name("Agilant.HttpFactory, Version=0.1.0.0")));
        Assert.False(rules.EntersModuleContext(Name("Microsoft.Extensions.DependencyInjection, Version=8.0.0.0")));
        Assert.False(rules.EntersModuleContext(Name("Microsoft.Extensions.DependencyInjection, Version=6.0.0.0")));
        Assert.False(rules.EntersModuleContext(Name("Agilant.Client, Version=0.1.0.0")));
    }

    [Fact]
    public void The_module_folder_holds_the_types_users_name_and_dependencies_hold_everything_else()
    {
        var root = Directory.GetFiles(Folders.Module, "*.dll").Select(Path.GetFileName).OrderBy(name => name);

        Assert.Equal(new[] { "Agilant.Client.dll", "Agilant.dll", "Agilant.LoadContext.dll", "Agilant.Loader.dll" }, root);
        Assert.Contains("Agilant.HttpFactory", Dependencies.Names);
        Assert.Contains("Microsoft.Extensions.DependencyInjection", Dependencies.Names);
        Assert.Contains("System.Text.Json", Dependencies.Names);
    }

    [Fact]
    public void On_Windows_PowerShell_every_reference_between_the_modules_assemblies_is_answered_by_the_copy_it_ships()
    {
        var rules = new DesktopRules(Folders, Dependencies);
        var shipped = Directory.GetFiles(Folders.Module, "*.dll", SearchOption.AllDirectories).Where(path => !path.EndsWith("Agilant.LoadContext.dll", StringComparison.Ordinal));
        var references = shipped
            .SelectMany(path => ReferencesOf(path).Select(reference => (Requester: path, Reference: reference)))
            .Where(pair => Dependencies.PathOf(pair.Reference.Name) is not null)
            .ToList();

        Assert.Contains(references, pair => pair.Reference.Name == "System.Runtime.CompilerServices.Unsafe" && pair.Reference.Version < Dependencies.VersionOf("System.Runtime.CompilerServices.Unsafe"));
        Assert.Contains(references, pair => pair.Reference.Name == "Microsoft.Extensions.DependencyInjection" && pair.Requester.EndsWith("Agilant.HttpFactory.dll", StringComparison.Ordinal));
        Assert.All(references, pair => Assert.Equal(Dependencies.PathOf(pair.Reference.Name), rules.PathFor(pair.Reference, pair.Requester)));
    }

    [Fact]
    public void On_Windows_PowerShell_another_modules_loads_and_versions_newer_than_shipped_are_not_answered()
    {
        var rules = new DesktopRules(Folders, Dependencies);
        Version shipped = Dependencies.VersionOf("System.Runtime.CompilerServices.Unsafe")!;
        string ours = Path.Combine(Folders.Module, "Agilant.Client.dll");
        string theirs = Path.Combine(Path.GetTempPath(), "OtherModule", "Other.dll");

        Assert.Equal(Shipped("System.Runtime.CompilerServices.Unsafe"), rules.PathFor(Name("System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1"), ours));
        Assert.Equal(Shipped("System.Runtime.CompilerServices.Unsafe"), rules.PathFor(Name("System.Runtime.CompilerServices.Unsafe"), requesterLocation: null));
        Assert.Null(rules.PathFor(Name("System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1"), theirs));
        Assert.Null(rules.PathFor(Name($"System.Runtime.CompilerServices.Unsafe, Version={shipped.Major + 1}.0.0.0"), ours));
        Assert.Null(rules.PathFor(Name("Newtonsoft.Json, Version=13.0.0.0"), ours));
    }

    private static Func<string, Version?> Runtime(params (string Name, string Version)[] shipped) =>
        name => shipped.Where(entry => entry.Name == name).Select(entry => new Version(entry.Version)).FirstOrDefault();

    private static AssemblyName Name(string fullName) => new(fullName);

    private static string Shipped(string name) => Path.Combine(Folders.Dependencies, name + ".dll");

    private static IEnumerable<AssemblyName> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }
}
