using System.IO;

namespace Agilant.Loading
{
    /// <summary>
    /// The module's folder and its dependencies folder. What PowerShell and scripts see (Agilant.dll, Agilant.Client.dll
    /// with the types users name) lies in the module folder; third-party assemblies and the module's isolated
    /// assembly lie in dependencies/, where no default probing finds them, so that only the loader decides where they load.
    /// </summary>
    public sealed class ModuleFolders
    {
        public const string DependenciesFolderName = "dependencies";

        public ModuleFolders(string module)
        {
            Module = Path.GetFullPath(module);
            Dependencies = Path.Combine(Module, DependenciesFolderName);
        }

        public string Module { get; }

        public string Dependencies { get; }

        public static ModuleFolders OfLoader() => new ModuleFolders(Path.GetDirectoryName(typeof(ModuleFolders).Assembly.Location)!);

        /// <summary>Whether a file lies in the module folder or below it.</summary>
        public bool Holds(string path)
        {
            string full = Path.GetFullPath(path);
            string prefix = Module.EndsWith(Path.DirectorySeparatorChar.ToString()) ? Module : Module + Path.DirectorySeparatorChar;
            return full.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
