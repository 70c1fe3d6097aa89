using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Agilant.PowerShell.Tests.Support;

/// <summary>Where the build put the assembled module and the repository it came from.</summary>
internal static class ModuleUnderTest
{
    public static string ManifestPath { get; } = Metadata("AgilantModuleManifest");

    public static string RepoRoot { get; } = Metadata("AgilantRepoRoot");

    public static string Configuration { get; } = RawMetadata("AgilantConfiguration");

    public static string ModuleDirectory => Path.GetDirectoryName(ManifestPath)!;

    public static string DependenciesDirectory => Path.Combine(ModuleDirectory, "dependencies");

    /// <summary>A stand-in for another vendor's module (tests/StandInModules), by name: StandIn6 or StandIn9.</summary>
    public static string StandInModule(string name) =>
        Path.Combine(RepoRoot, "tests", "StandInModules", name, "bin", Configuration, "netstandard2.0", name + ".dll");

    /// <summary>tests/Agilant.PwshHost: a PowerShell host in a process of its own, run with dotnet.</summary>
    public static string PwshHost => Path.Combine(RepoRoot, "tests", "Agilant.PwshHost", "bin", Configuration, "net10.0", "Agilant.PwshHost.dll");

    private static string Metadata(string key) => Path.GetFullPath(RawMetadata(key));

    private static string RawMetadata(string key) =>
        typeof(ModuleUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
