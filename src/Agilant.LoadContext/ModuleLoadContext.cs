using System.Reflection;
using System.Runtime.Loader;

namespace Agilant.Loading
{
    /// <summary>The module's own context: it loads what <see cref="IsolationRules"/> give it and leaves the rest to the default context.</summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        public const string ContextName = "Agilant";

        private readonly IsolationRules rules;

        public ModuleLoadContext(IsolationRules rules)
            : base(ContextName, isCollectible: false)
        {
            this.rules = rules;
        }

        protected override Assembly? Load(AssemblyName requested)
        {
            string? path = rules.PathInModuleContext(requested);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
