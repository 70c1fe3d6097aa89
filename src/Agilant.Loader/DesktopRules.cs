using System.Reflection;

namespace Agilant.Loading
{
    /// <summary>
    /// Which loads the module answers on Windows PowerShell, where .NET Framework loads strong-named assemblies of
    /// different versions side by side but gives a module neither its own context nor binding redirects. A load
    /// asked by one of the module's assemblies (or by no known assembly) is answered with the copy in dependencies/
    /// when that copy is the version asked for or newer, as a binding redirect would (System.Memory asks for
    /// System.Runtime.CompilerServices.Unsafe 4.0.4.1; the module ships 6.0.0.0). Other modules' loads are theirs.
    /// </summary>
    internal sealed class DesktopRules
    {
        private readonly ModuleFolders folders;
        private readonly ShippedAssemblies dependencies;

        public DesktopRules(ModuleFolders folders, ShippedAssemblies dependencies)
        {
            this.folders = folders;
            this.dependencies = dependencies;
        }

        /// <param name="requesterLocation">The file of the assembly whose reference is being loaded; null or empty when unknown.</param>
        public string? PathFor(AssemblyName requested, string? requesterLocation)
        {
            if (!string.IsNullOrEmpty(requesterLocation) && !folders.Holds(requesterLocation!))
            {
                return null;
            }

            return dependencies.PathSatisfying(requested);
        }
    }
}
