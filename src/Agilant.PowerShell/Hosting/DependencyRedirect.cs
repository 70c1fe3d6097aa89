using System;
using System.IO;
using System.Reflection;

namespace Agilant.PowerShell.Hosting
{
    /// <summary>
    /// What a binding redirect would do, for a host that gives a module none: Windows PowerShell. The module's
    /// dependencies ask for older versions of each other than the ones shipped (System.Memory asks for
    /// System.Runtime.CompilerServices.Unsafe 4.0.4.1; the module ships 6.0.0.0), which .NET Framework refuses to load.
    /// A request is answered with the module's own copy when that copy is the same version or newer.
    /// </summary>
    internal static class DependencyRedirect
    {
        /// <returns>The path of the module's copy, or null when the module ships no fitting copy.</returns>
        public static string? PathFor(AssemblyName requested, string moduleFolder)
        {
            if (string.IsNullOrEmpty(requested.Name))
            {
                return null;
            }

            string path = Path.Combine(moduleFolder, requested.Name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            Version? shipped = AssemblyName.GetAssemblyName(path).Version;
            return requested.Version is null || (shipped is not null && shipped >= requested.Version) ? path : null;
        }
    }
}
