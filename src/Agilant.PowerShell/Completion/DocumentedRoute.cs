using System.Collections.Generic;

namespace Agilant.PowerShell.Completion
{
    /// <summary>A route of the three API documents, as Invoke-AgilantRequest's -Route completion offers it.</summary>
    internal sealed class DocumentedRoute
    {
        private DocumentedRoute(string template, string methods, string purpose, RouteKeys keys)
        {
            Template = template;
            Methods = methods;
            Purpose = purpose;
            Keys = keys;
        }

        /// <summary>Every documented route, by path; /provider is in the documents' PHP samples only.</summary>
        public static IReadOnlyList<DocumentedRoute> All { get; } = new[]
        {
            new DocumentedRoute("/ticket", "POST", "Ticketing API: create a ticket", RouteKeys.None),
            new DocumentedRoute("/ticket/{ticketNumber}", "GET, PUT", "Ticketing API: read or update a ticket", RouteKeys.Ticket),
            new DocumentedRoute("/ticket/{ticketNumber}/reply", "POST", "Ticketing API: reply to a ticket", RouteKeys.Ticket),
            new DocumentedRoute("/account", "POST", "Account Management API: create one or many accounts", RouteKeys.None),
            new DocumentedRoute("/account/{id}", "GET, PUT, DELETE", "Account Management API: read, update or delete an account", RouteKeys.Account),
            new DocumentedRoute("/account/{id}/link/agent", "GET", "Account Management API: read an account's agent link", RouteKeys.Account),
            new DocumentedRoute("/account/{id}/service", "POST", "Account Management API: add a service to an account", RouteKeys.Account),
            new DocumentedRoute("/account/{id}/service/{skuNumber}", "PUT, DELETE", "Account Management API: update or remove a service (the body names its lineNumber)", RouteKeys.AccountService),
            new DocumentedRoute("/order/{orderNumber}", "GET, PUT", "Account Management API: read or update an order (-Api Order: the TOGa Order API's record)", RouteKeys.Order),
            new DocumentedRoute("/order/{orderNumber}/item/{skuNumber}", "DELETE", "Account Management API: remove an order item (the body names its lineNumber)", RouteKeys.OrderItem),
            new DocumentedRoute("/order/{orderNumber}/diagnostic", "POST", "TOGa Order API: send an order diagnostic", RouteKeys.Order),
            new DocumentedRoute("/provider", "GET", "in the PHP samples only: the providers the body names", RouteKeys.None),
        };

        /// <summary>The route with its keys in braces, e.g. /ticket/{ticketNumber}.</summary>
        public string Template { get; }

        /// <summary>The methods the documents give it, e.g. "GET, PUT".</summary>
        public string Methods { get; }

        /// <summary>Its API, and what it does.</summary>
        public string Purpose { get; }

        /// <summary>Which seen records fill its keys.</summary>
        public RouteKeys Keys { get; }
    }
}
