using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Recent;
using Agilant.PowerShell.Session;

namespace Agilant.PowerShell.Completion
{
    /// <summary>What a completer reads from the parameters already on the command line, as PowerShell's completion binds them.</summary>
    internal static class BoundParameters
    {
        /// <summary>What the session given with -Session, else the default session, has seen; null when there is neither.</summary>
        public static RecentRecords? Seen(IDictionary? bound) =>
            (Value(bound, "Session") as AgilantSession ?? DefaultSessions.Current)?.Seen;

        /// <summary>The texts given to a parameter (several when it takes an array); none when it is not given.</summary>
        public static string[] Texts(IDictionary? bound, string parameterName)
        {
            object? value = Value(bound, parameterName);
            if (value is null)
            {
                return Array.Empty<string>();
            }

            IEnumerable values = value is IEnumerable many && !(value is string) ? many : new[] { value };
            return values.Cast<object?>().Select(item => Unwrapped(item)?.ToString()).OfType<string>().ToArray();
        }

        private static object? Value(IDictionary? bound, string parameterName) =>
            bound is not null && bound.Contains(parameterName) ? Unwrapped(bound[parameterName]) : null;

        private static object? Unwrapped(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
