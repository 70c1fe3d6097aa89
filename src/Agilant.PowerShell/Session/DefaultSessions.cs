using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Session
{
    /// <summary>
    /// The session a cmdlet uses when given none: the runspace's own, if Connect-Agilant -Scope Runspace made one
    /// there, else the process's, which every runspace shares (ForEach-Object -Parallel, thread jobs), as Az's and
    /// Graph's contexts are. A runspace's own session is invisible to every other runspace, so that a host running
    /// several people's scripts in one process never serves one person's calls with another's keys; an ended runspace
    /// releases its entry.
    /// </summary>
    internal static class DefaultSessions
    {
        private static readonly object Gate = new object();
        private static readonly ConditionalWeakTable<Runspace, AgilantSession> ByRunspace = new ConditionalWeakTable<Runspace, AgilantSession>();
        private static AgilantSession? processWide;

        /// <summary>The default session of the current runspace, or null.</summary>
        public static AgilantSession? Current
        {
            get
            {
                lock (Gate)
                {
                    return OwnOf(Runspace.DefaultRunspace) ?? processWide;
                }
            }
        }

        /// <summary>
        /// Makes the session the default where its scope says. The runspace's own session gives way either way: the
        /// latest Connect-Agilant is the one this runspace uses.
        /// </summary>
        public static void Connect(AgilantSession session)
        {
            lock (Gate)
            {
                Runspace runspace = Runspace.DefaultRunspace;
                if (runspace is not null)
                {
                    ByRunspace.Remove(runspace);
                }

                if (session.Scope == AgilantSessionScope.Process)
                {
                    processWide = session;
                }
                else if (runspace is not null)
                {
                    ByRunspace.Add(runspace, session);
                }
            }
        }

        /// <summary>Stops the session being a default anywhere this runspace can see: its own, and the process's.</summary>
        public static void Forget(AgilantSession session)
        {
            lock (Gate)
            {
                Runspace runspace = Runspace.DefaultRunspace;
                if (ReferenceEquals(OwnOf(runspace), session))
                {
                    ByRunspace.Remove(runspace);
                }

                if (ReferenceEquals(processWide, session))
                {
                    processWide = null;
                }
            }
        }

        private static AgilantSession? OwnOf(Runspace? runspace) =>
            runspace is not null && ByRunspace.TryGetValue(runspace, out AgilantSession? session) ? session : null;
    }
}
