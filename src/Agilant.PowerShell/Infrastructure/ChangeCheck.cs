using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Names the command that shows whether a change was made, from the route it was sent to: after an answer that
    /// does not tell (a timeout, a gateway error, an unreadable page), the user must look before sending it again.
    /// </summary>
    internal static class ChangeCheck
    {
        private static readonly Regex BareWord = new Regex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

        /// <summary>A command line such as "Get-AgilantTicket 10000001", or null when no cmdlet reads what the route changes.</summary>
        public static string? CommandFor(string route)
        {
            string[] segments = route.Split('?')[0].Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
            if (segments.Length == 0)
            {
                return null;
            }

            string? key = segments.Length > 1 ? Argument(segments[1]) : null;
            switch (segments[0])
            {
                case "ticket" when segments.Length > 2 && segments[2] == "reply":
                    return $"(Get-AgilantTicket {key}).Replies";
                case "ticket":
                    return WithKey("Get-AgilantTicket", key);
                case "account" when segments.Length > 2 && segments[2] == "service":
                    return $"Get-AgilantService {key}";
                case "account" when segments.Length <= 2:
                    return WithKey("Get-AgilantAccount", key);
                case "order" when segments.Length == 2 || (segments.Length > 2 && segments[2] == "item"):
                    return $"Get-AgilantOrder {key}";
                default:
                    return null;
            }
        }

        private static string WithKey(string command, string? key) => key is null ? command : $"{command} {key}";

        /// <summary>The key as PowerShell would read it back: account ids are the caller's own text and may hold anything.</summary>
        private static string Argument(string key) => BareWord.IsMatch(key) ? key : "'" + key.Replace("'", "''") + "'";
    }
}
