using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Agilant.PowerShell.Hosting;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Windows PowerShell gives a module no binding redirects, so the module answers its own dependency loads. These
/// tests check the answers against the module folder the build assembled.
/// </summary>
public class DependencyRedirectTests
{
    private static string Folder => ModuleUnderTest.ModuleDirectory;

    [Fact]
    public void Every_reference_between_the_modules_assemblies_is_answered_by_the_copy_it_ships()
    {
        var shipped = Directory.GetFiles(Folder, "*.dll").ToDictionary(path => AssemblyName.GetAssemblyName(path).Name!, path => path);
        var references = shipped.Values.SelectMany(ReferencesOf).Where(reference => shipped.ContainsKey(reference.Name!)).ToList();

        Assert.Contains(references, reference => reference.Name == "System.Runtime.CompilerServices.Unsafe" && reference.Version < AssemblyName.GetAssemblyName(shipped[reference.Name!]).Version);
        Assert.All(references, reference => Assert.Equal(shipped[reference.Name!], DependencyRedirect.PathFor(reference, Folder)));
    }

    [Fact]
    public void A_newer_version_than_shipped_or_an_assembly_not_shipped_is_left_to_the_runtime()
    {
        string unsafeCopy = Path.Combine(Folder, "System.Runtime.CompilerServices.Unsafe.dll");
        Version shipped = AssemblyName.GetAssemblyName(unsafeCopy).Version!;

        Assert.Null(DependencyRedirect.PathFor(new AssemblyName($"System.Runtime.CompilerServices.Unsafe, Version={shipped.Major + 1}.0.0.0"), Folder));
        Assert.Null(DependencyRedirect.PathFor(new AssemblyName("Newtonsoft.Json, Version=13.0.0.0"), Folder));
        Assert.Equal(unsafeCopy, DependencyRedirect.PathFor(new AssemblyName("System.Runtime.CompilerServices.Unsafe"), Folder));
    }

    private static IEnumerable<AssemblyName> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }
}
