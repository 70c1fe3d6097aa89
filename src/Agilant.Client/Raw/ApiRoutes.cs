using System;

namespace Agilant.Client.Raw
{
    /// <summary>Which API a raw route belongs to, when the caller does not say.</summary>
    public static class ApiRoutes
    {
        /// <summary>
        /// /ticket is the Ticketing API; /account and /order the Account Management API (whose rich order is the
        /// default reading of GET /order), except /order/{n}/diagnostic, which only the Order API has.
        /// Anything else (e.g. the undocumented /provider) belongs to none and goes without a Version header.
        /// </summary>
        public static AgilantApi? Infer(string route)
        {
            string path = route.Split('?', '#')[0];
            string[] segments = path.Trim('/').Split('/');
            switch (segments[0].ToLowerInvariant())
            {
                case "ticket":
                    return AgilantApi.Ticketing;
                case "account":
                    return AgilantApi.AccountManagement;
                case "order":
                    return segments.Length == 3 && string.Equals(segments[2], "diagnostic", StringComparison.OrdinalIgnoreCase)
                        ? AgilantApi.Order
                        : AgilantApi.AccountManagement;
                default:
                    return null;
            }
        }
    }
}
