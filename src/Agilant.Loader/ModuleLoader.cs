using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Agilant.Loading
{
    /// <summary>
    /// Runs when PowerShell imports Agilant.Loader.dll, the manifest's nested module, which it does before it reads
    /// Agilant.dll: from then on, the module's dependencies load as <see cref="IsolationRules"/> (PowerShell 7) or
    /// <see cref="DesktopRules"/> (Windows PowerShell) decide. Once per process: a second import, with -Force or after
    /// Remove-Module, finds the loads already answered.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer
    {
        public const string CoreIsolationAssembly = "Agilant.LoadContext.dll";
        public const string CoreIsolationType = "Agilant.Loading.CoreIsolation";

        private static readonly object Gate = new object();
        private static bool started;

        public void OnImport()
        {
            lock (Gate)
            {
                if (started)
                {
                    return;
                }

                ModuleFolders folders = ModuleFolders.OfLoader();
                if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
                {
                    DesktopResolver.Start(folders);
                }
                else
                {
                    StartCoreIsolation(folders);
                }

                started = true;
            }
        }

        private static void StartCoreIsolation(ModuleFolders folders)
        {
            Assembly coreIsolation = Assembly.LoadFrom(Path.Combine(folders.Module, CoreIsolationAssembly));
            var isolation = (IDependencyIsolation)Activator.CreateInstance(coreIsolation.GetType(CoreIsolationType, throwOnError: true)!)!;
            isolation.Start(folders);
        }
    }
}
