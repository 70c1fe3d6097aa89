using System.Runtime.CompilerServices;

namespace Agilant
{
    /// <summary>
    /// For the methods that run for every row of a bulk import or every call: compiled optimized at their first call.
    /// .NET first compiles a method quickly and unoptimized, and optimizes it once it has been called often and no new
    /// code has been compiled for a while; pwsh compiles new code (its scripts, its binders) all along, so in a session
    /// the module's methods stayed unoptimized for several seconds, longer than a 10,000-row import takes. Compiled
    /// into Agilant.Client and, linked, into Agilant.PowerShell.
    /// </summary>
    internal static class HotPath
    {
        /// <summary>MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; Windows PowerShell's .NET Framework ignores it.</summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
