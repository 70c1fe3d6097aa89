using System;
using System.IO;
using System.Reflection;

namespace Agilant.Loading
{
    /// <summary>
    /// The assemblies of the .NET runtime the process runs on (the folder of System.Private.CoreLib on .NET, of
    /// mscorlib on .NET Framework). Only these count as shipped by the runtime: PowerShell's own folder and a test
    /// host's add-ons do not, so that what the module isolates does not depend on the host.
    /// </summary>
    internal static class RuntimeAssemblies
    {
        private static readonly string Folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        public static Version? VersionOf(string name)
        {
            string path = Path.Combine(Folder, name + ".dll");
            return File.Exists(path) ? AssemblyName.GetAssemblyName(path).Version : null;
        }
    }
}
