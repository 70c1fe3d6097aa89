using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Agilant.Loading
{
    /// <summary>The assemblies in one folder, by simple name, with their versions read once when first asked.</summary>
    internal sealed class ShippedAssemblies
    {
        private readonly Dictionary<string, string> paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Version?> versions = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);

        public ShippedAssemblies(string folder)
        {
            if (Directory.Exists(folder))
            {
                foreach (string path in Directory.GetFiles(folder, "*.dll"))
                {
                    paths[Path.GetFileNameWithoutExtension(path)] = path;
                }
            }
        }

        public IEnumerable<string> Names => paths.Keys;

        public string? PathOf(string? name) => name is not null && paths.TryGetValue(name, out string? path) ? path : null;

        public Version? VersionOf(string name)
        {
            string? path = PathOf(name);
            if (path is null)
            {
                return null;
            }

            lock (versions)
            {
                if (!versions.TryGetValue(name, out Version? version))
                {
                    version = AssemblyName.GetAssemblyName(path).Version;
                    versions[name] = version;
                }

                return version;
            }
        }

        /// <summary>The path of the copy shipped here when it is the version asked for or newer, else null.</summary>
        public string? PathSatisfying(AssemblyName requested)
        {
            string? path = PathOf(requested.Name);
            return path is not null && Satisfies(VersionOf(requested.Name!), requested.Version) ? path : null;
        }

        public static bool Satisfies(Version? available, Version? requested) =>
            requested is null || (available is not null && available >= requested);
    }
}
