using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

public class ModuleManifestTests
{
    [Fact]
    public void Imports_by_manifest_and_exports_exactly_the_cmdlets_it_lists()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("Get-Command -Module Agilant | ForEach-Object Name");

        result.ShouldHaveNoErrors();
        Assert.Equal(ManifestCmdlets().OrderBy(name => name), result.Output.Select(item => item.ToString()).OrderBy(name => name));
    }

    [Fact]
    public void Every_cmdlet_in_the_assembly_is_listed_in_the_manifest()
    {
        var assembly = Assembly.LoadFrom(Path.Combine(ModuleUnderTest.ModuleDirectory, "Agilant.dll"));

        var declared = assembly.GetExportedTypes()
            .Select(type => type.GetCustomAttribute<CmdletAttribute>())
            .Where(attribute => attribute is not null)
            .Select(attribute => $"{attribute!.VerbName}-{attribute.NounName}");

        Assert.Equal(declared.OrderBy(name => name), ManifestCmdlets().OrderBy(name => name));
    }

    [Fact]
    public void The_manifest_version_is_the_assemblies_version()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("(Get-Module Agilant).Version.ToString()");

        string version = Assert.Single(result.Output).ToString();
        Assert.Equal(version, AssemblyName.GetAssemblyName(Path.Combine(ModuleUnderTest.ModuleDirectory, "Agilant.dll")).Version!.ToString(3));
        Assert.Equal(version, AssemblyName.GetAssemblyName(Path.Combine(ModuleUnderTest.ModuleDirectory, "Agilant.Client.dll")).Version!.ToString(3));
    }

    [Fact]
    public void The_manifest_loads_in_Desktop_and_Core_and_ships_neither_the_engine_nor_its_reference_assembly()
    {
        Hashtable manifest = ReadManifest();

        Assert.Equal(new[] { "Desktop", "Core" }, ((object[])manifest["CompatiblePSEditions"]!).Cast<string>());
        Assert.Equal("5.1", manifest["PowerShellVersion"]);
        Assert.False(File.Exists(Path.Combine(ModuleUnderTest.ModuleDirectory, "System.Management.Automation.dll")));
        Assert.True(File.Exists(Path.Combine(ModuleUnderTest.DependenciesDirectory, "System.Text.Json.dll")));
    }

    [Fact]
    public void The_loader_is_imported_as_a_nested_module_before_the_cmdlets()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("(Get-Module Agilant).NestedModules.Name");

        result.ShouldHaveNoErrors();
        Assert.Equal("Agilant.Loader", Assert.Single(result.Output).ToString());
        Assert.Equal(new object[] { "Agilant.Loader.dll" }, (object[])ReadManifest()["NestedModules"]!);
    }

    [Fact]
    public void System_Text_Json_is_referenced_at_a_version_PowerShell_7_4_can_load()
    {
        var client = Assembly.LoadFrom(Path.Combine(ModuleUnderTest.ModuleDirectory, "Agilant.Client.dll"));

        AssemblyName json = client.GetReferencedAssemblies().Single(reference => reference.Name == "System.Text.Json");

        Assert.True(json.Version!.Major <= 8, $"Agilant.Client references System.Text.Json {json.Version}; PowerShell 7.4 ships 8.0.");
    }

    [Fact]
    public void Every_shipped_assembly_the_runtime_also_ships_is_at_a_version_PowerShell_7_4_can_load()
    {
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var alsoInTheRuntime = Directory.GetFiles(ModuleUnderTest.ModuleDirectory, "*.dll", SearchOption.AllDirectories)
            .Where(path => File.Exists(Path.Combine(runtime, Path.GetFileName(path))))
            .Select(AssemblyName.GetAssemblyName)
            .ToList();

        Assert.Contains(alsoInTheRuntime, name => name.Name == "System.Text.Json");
        Assert.All(alsoInTheRuntime, name => Assert.True(name.Version!.Major <= 8, $"The module ships {name.Name} {name.Version}; PowerShell 7.4 loads .NET 8's copy, and a higher version fails to load there."));
    }

    [Fact]
    public void Test_ModuleManifest_finds_no_error_and_no_warning_in_the_assembled_module()
    {
        using var engine = new Engine();
        engine.Set("Manifest", ModuleUnderTest.ManifestPath);

        ScriptResult result = engine.Run("Test-ModuleManifest -Path $Manifest | ForEach-Object Name");

        result.ShouldHaveNoErrors();
        Assert.Empty(result.Warnings);
        Assert.Equal("Agilant", Assert.Single(result.Output).ToString());
    }

    [Fact]
    public void The_module_names_an_absolute_https_HelpInfoUri_for_Update_Help()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("(Get-Module Agilant).HelpInfoUri");

        result.ShouldHaveNoErrors();
        string helpInfoUri = Assert.Single(result.Output).ToString();
        Assert.True(Uri.TryCreate(helpInfoUri, UriKind.Absolute, out Uri? uri) && uri.Scheme == "https", $"HelpInfoUri '{helpInfoUri}' is not an absolute https URI.");
    }

    [Fact]
    public void The_assembled_module_carries_the_license()
    {
        string license = Path.Combine(ModuleUnderTest.RepoRoot, "LICENSE");
        string shipped = Path.Combine(ModuleUnderTest.ModuleDirectory, "LICENSE");

        Assert.True(File.Exists(license), $"{license} is missing.");
        Assert.True(File.Exists(shipped), $"The module folder has no LICENSE: {shipped}");
        Assert.Equal(File.ReadAllText(license), File.ReadAllText(shipped));
    }

    internal static string[] ManifestCmdlets() => ((object[])ReadManifest()["CmdletsToExport"]!).Cast<string>().ToArray();

    private static Hashtable ReadManifest()
    {
        // The manifest is a hashtable literal; the bare engine has no Import-PowerShellDataFile, so evaluate it.
        using var data = System.Management.Automation.PowerShell.Create(System.Management.Automation.Runspaces.InitialSessionState.CreateDefault2());
        data.AddScript(File.ReadAllText(Path.Combine(ModuleUnderTest.RepoRoot, "Agilant.psd1")));
        return (Hashtable)data.Invoke()[0].BaseObject;
    }
}
