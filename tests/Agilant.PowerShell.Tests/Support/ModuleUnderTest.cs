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

    public static string ModuleDirectory => Path.GetDirectoryName(ManifestPath)!;

    private static string Metadata(string key)
    {
        string value = typeof(ModuleUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
        return Path.GetFullPath(value);
    }
}
