using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Session
{
    /// <summary>
    /// The session each runspace uses when a cmdlet is given none. Kept per runspace, so that parallel runspaces
    /// (and parallel tests) never use each other's keys; an ended runspace releases its entry.
    /// </summary>
    internal static class DefaultSessions
    {
        private static readonly ConditionalWeakTable<Runspace, AgilantSession> ByRunspace = new ConditionalWeakTable<Runspace, AgilantSession>();

        public static AgilantSession? Current
        {
            get
            {
                lock (ByRunspace)
                {
                    return ByRunspace.TryGetValue(Runspace.DefaultRunspace, out AgilantSession? session) ? session : null;
                }
            }
        }

        /// <summary>Makes the session the runspace's default and returns the one it replaces, if any.</summary>
        public static AgilantSession? Replace(AgilantSession? session)
        {
            lock (ByRunspace)
            {
                Runspace runspace = Runspace.DefaultRunspace;
                ByRunspace.TryGetValue(runspace, out AgilantSession? previous);
                ByRunspace.Remove(runspace);
                if (session is not null)
                {
                    ByRunspace.Add(runspace, session);
                }

                return previous;
            }
        }
    }
}
