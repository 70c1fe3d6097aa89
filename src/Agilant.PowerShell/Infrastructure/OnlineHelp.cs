namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Where Get-Help -Online finds each cmdlet's page: its platyPS markdown in docs/en-US, which GitHub shows as a
    /// web page. A constant, because each cmdlet names its page in its Cmdlet attribute (HelpUri).
    /// </summary>
    internal static class OnlineHelp
    {
        public const string Pages = "https://github.com/agilantsolutions/Agilant.PowerShell/blob/main/docs/en-US/";
    }
}
