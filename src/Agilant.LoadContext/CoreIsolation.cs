using System.Runtime.Loader;

namespace Agilant.Loading
{
    /// <summary>
    /// Gives the module its own <see cref="ModuleLoadContext"/> and sends there, from the default context, the loads
    /// of the module's isolated assemblies (Agilant.HttpFactory), whose own references then load in that context.
    /// </summary>
    public sealed class CoreIsolation : IDependencyIsolation
    {
        public void Start(ModuleFolders folders)
        {
            var rules = new IsolationRules(new ShippedAssemblies(folders.Dependencies), RuntimeAssemblies.VersionOf);
            var context = new ModuleLoadContext(rules);
            AssemblyLoadContext.Default.Resolving += (_, requested) =>
                rules.EntersModuleContext(requested) ? context.LoadFromAssemblyName(requested) : null;
        }
    }
}
