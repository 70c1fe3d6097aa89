using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Agilant.Client.Recent;

namespace Agilant.PowerShell.Completion
{
    /// <summary>
    /// Completes Invoke-AgilantRequest's -Route: the documented routes as templates (/ticket/{ticketNumber}), then the
    /// same routes filled with the keys of the records the session has seen, newest first (/ticket/10000001). A -Method
    /// on the command line keeps to the routes documented for it. Nothing is sent to the API.
    /// </summary>
    public sealed class RouteCompleter : IArgumentCompleter
    {
        /// <summary>How many seen records fill each template: the newest, enough to pick from without a flood.</summary>
        private const int FilledPerRoute = 20;

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName,
            string parameterName,
            string wordToComplete,
            CommandAst commandAst,
            IDictionary fakeBoundParameters)
        {
            string? method = BoundParameters.Texts(fakeBoundParameters, "Method").FirstOrDefault()?.Trim();
            DocumentedRoute[] routes = DocumentedRoute.All
                .Where(route => string.IsNullOrEmpty(method) || route.Methods.Split(',').Any(each => each.Trim().Equals(method, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
            RecentRecords? seen = BoundParameters.Seen(fakeBoundParameters);

            IEnumerable<(string Route, string ToolTip)> templates = routes.Select(route => (route.Template, $"{route.Methods}: {route.Purpose}"));
            IEnumerable<(string Route, string ToolTip)> filled = seen is null
                ? Enumerable.Empty<(string, string)>()
                : routes.SelectMany(route => Filled(route, seen).Take(FilledPerRoute).Select(each => (each.Route, $"{route.Methods} {route.Template}: {each.ToolTip}")));

            return templates.Concat(filled)
                .Where(offer => CompletionText.Matches(offer.Route, wordToComplete))
                .Select(offer => new CompletionResult(CompletionText.Quoted(offer.Route, wordToComplete), offer.Route, CompletionResultType.ParameterValue, offer.ToolTip))
                .ToList();
        }

        /// <summary>The route filled with each seen record's keys, each put in the route as one path segment.</summary>
        private static IEnumerable<(string Route, string ToolTip)> Filled(DocumentedRoute route, RecentRecords seen)
        {
            switch (route.Keys)
            {
                case RouteKeys.Ticket:
                    return seen.Tickets.Newest().Select(ticket =>
                        (Fill(route.Template, "{ticketNumber}", ticket.Key), SeenTooltips.Ticket((Ticket)ticket.Record)));
                case RouteKeys.Account:
                    return seen.Accounts.Newest().Select(account =>
                        (Fill(route.Template, "{id}", account.Key), SeenTooltips.Account(account.Record)));
                case RouteKeys.Order:
                    return seen.Orders.Newest().Select(order =>
                        (Fill(route.Template, "{orderNumber}", order.Key), SeenTooltips.Order(order.Record)));
                case RouteKeys.AccountService:
                    return Distinct(seen.Services.Newest().Select(service =>
                        (Fill(Fill(route.Template, "{id}", service.Owner!), "{skuNumber}", service.Key), SeenTooltips.Service((Service)service.Record))));
                case RouteKeys.OrderItem:
                    return Distinct(seen.OrderItems.Newest().Select(item =>
                        (Fill(Fill(route.Template, "{orderNumber}", item.Owner!), "{skuNumber}", item.Key), SeenTooltips.OrderItem((OrderItem)item.Record))));
                default:
                    return Enumerable.Empty<(string, string)>();
            }
        }

        private static string Fill(string template, string placeholder, string key) =>
            template.Replace(placeholder, Uri.EscapeDataString(key));

        /// <summary>Each filled route once: services on several lines of one SKU make one route.</summary>
        private static IEnumerable<(string Route, string ToolTip)> Distinct(IEnumerable<(string Route, string ToolTip)> filled)
        {
            var offered = new HashSet<string>(StringComparer.Ordinal);
            return filled.Where(each => offered.Add(each.Route));
        }
    }
}
