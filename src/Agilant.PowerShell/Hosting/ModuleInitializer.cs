using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Agilant.PowerShell.Hosting
{
    /// <summary>
    /// On Windows PowerShell, answers the module's dependency loads that .NET Framework would fail for want of binding
    /// redirects (see <see cref="DependencyRedirect"/>). PowerShell 7 resolves a module's dependencies from its folder
    /// by itself, so nothing is registered there.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!;

        private static bool OnNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public void OnImport()
        {
            if (OnNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve += LoadModuleCopy;
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            if (OnNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= LoadModuleCopy;
            }
        }

        private static Assembly? LoadModuleCopy(object? sender, ResolveEventArgs request)
        {
            string? path = DependencyRedirect.PathFor(new AssemblyName(request.Name), ModuleFolder);
            return path is null ? null : Assembly.LoadFrom(path);
        }
    }
}
