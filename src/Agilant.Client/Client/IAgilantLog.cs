namespace Agilant.Client
{
    /// <summary>Where the client tells what it sends and receives; PowerShell maps it to Verbose and Debug.</summary>
    public interface IAgilantLog
    {
        bool IsDebugEnabled { get; }

        void WriteVerbose(string message);

        void WriteDebug(string message);
    }
}
