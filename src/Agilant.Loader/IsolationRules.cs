using System;
using System.Reflection;

namespace Agilant.Loading
{
    /// <summary>
    /// Where each assembly the module needs comes from on PowerShell 7. An assembly of dependencies/ loads into the
    /// module's own AssemblyLoadContext, so that another module's copy of it, loaded before or after, is never
    /// mistaken for it; unless the .NET runtime ships it at the version asked for or newer (System.Text.Json on
    /// PowerShell 7.4+), which then comes from the runtime like every type both sides share. The module's own
    /// assemblies in the module folder (Agilant.dll, Agilant.Client.dll and their types) stay in the default
    /// context, where PowerShell and scripts resolve them.
    /// </summary>
    internal sealed class IsolationRules
    {
        /// <summary>The module's own isolated assemblies in dependencies/ are named like this; the rest are third-party.</summary>
        public const string ModulePrefix = "Agilant.";

        private readonly ShippedAssemblies dependencies;
        private readonly Func<string, Version?> runtimeVersionOf;

        public IsolationRules(ShippedAssemblies dependencies, Func<string, Version?> runtimeVersionOf)
        {
            this.dependencies = dependencies;
            this.runtimeVersionOf = runtimeVersionOf;
        }

        /// <summary>
        /// For a load inside the module's context: the path of the copy to load there, or null to take the default
        /// context's copy (the runtime's, or the module's shared assemblies).
        /// </summary>
        public string? PathInModuleContext(AssemblyName requested)
        {
            if (dependencies.PathOf(requested.Name) is null || ShippedByRuntime(requested))
            {
                return null;
            }

            return dependencies.PathSatisfying(requested);
        }

        /// <summary>
        /// For a load the default context could not answer: whether it is one of the module's isolated assemblies,
        /// which then starts in the module's context. Nothing else is answered, so other modules' failed loads are
        /// never handed the module's copies.
        /// </summary>
        public bool EntersModuleContext(AssemblyName requested) =>
            requested.Name is not null
            && requested.Name.StartsWith(ModulePrefix, StringComparison.OrdinalIgnoreCase)
            && PathInModuleContext(requested) is not null;

        private bool ShippedByRuntime(AssemblyName requested)
        {
            Version? runtime = runtimeVersionOf(requested.Name!);
            return runtime is not null && ShippedAssemblies.Satisfies(runtime, requested.Version);
        }
    }
}
