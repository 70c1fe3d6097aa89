namespace Agilant.PowerShell.Completion
{
    /// <summary>Completes a service's -SkuNumber from the services seen.</summary>
    public sealed class ServiceSkuCompleter : LineSkuCompleter
    {
        public ServiceSkuCompleter()
            : base(LineRecords.Services)
        {
        }
    }
}
