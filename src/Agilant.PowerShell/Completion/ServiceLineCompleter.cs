namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes a service's -LineNumber from the services seen.</summary>
    public sealed class ServiceLineCompleter : LineNumberCompleter
    {
        public ServiceLineCompleter()
            : base(LineRecords.Services)
        {
        }
    }
}
