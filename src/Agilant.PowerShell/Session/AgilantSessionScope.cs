namespace Agilant
{
    /// <summary>Where a session made by Connect-Agilant is the default.</summary>
    public enum AgilantSessionScope
    {
        /// <summary>Every runspace of the process that has no session of its own: ForEach-Object -Parallel, thread jobs.</summary>
        Process,

        /// <summary>Only the runspace that connected, for hosts that run several people's scripts in one process.</summary>
        Runspace,
    }
}
