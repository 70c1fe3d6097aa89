namespace Agilant.Loading
{
    /// <summary>
    /// Starts answering the module's dependency loads on PowerShell 7. Implemented in Agilant.LoadContext.dll, built
    /// for .NET 8, because an AssemblyLoadContext cannot be derived from in netstandard2.0.
    /// </summary>
    public interface IDependencyIsolation
    {
        void Start(ModuleFolders folders);
    }
}
