namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    /// <summary>Where a session made by Connect-Agilant is the default.</summary>
    public enum AgilantSessionScope : long
    {
        /// <summary>Every runspace of the process that has no session of its own: ForEach-Object -Parallel, thread jobs.</summary>
        Process,

        /// <summary>Only the runspace that connected, for hosts that run several people's scripts in one process.</summary>
        Runspace,
    }
}
