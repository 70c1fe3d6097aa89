using System;
using System.Reflection;

namespace Agilant.Loading
{
    /// <summary>Answers the module's loads on Windows PowerShell from dependencies/, as <see cref="DesktopRules"/> decide.</summary>
    internal static class DesktopResolver
    {
        public static void Start(ModuleFolders folders)
        {
            var rules = new DesktopRules(folders, new ShippedAssemblies(folders.Dependencies));
            AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
            {
                string? path = rules.PathFor(new AssemblyName(request.Name), RequesterLocation(request));
                return path is null ? null : Assembly.LoadFrom(path);
            };
        }

        private static string? RequesterLocation(ResolveEventArgs request)
        {
            Assembly? requester = request.RequestingAssembly;
            return requester is null || requester.IsDynamic ? null : requester.Location;
        }
    }
}
