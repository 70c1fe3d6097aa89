using System;
using System.Globalization;
using System.Linq;

namespace Agilant.PowerShell.Completion
{
    /// <summary>The tooltip that says which record a completed key names: a ticket's subject, an account holder's name.</summary>
    internal static class SeenTooltips
    {
        public static string Ticket(Ticket ticket) =>
            WithStatus(ticket.Subject ?? Invariant($"Ticket {ticket.TicketNumber}"), ticket.Status?.ToString());

        /// <summary>An account, or an account seen only through one of its services.</summary>
        public static string Account(object record) => record switch
        {
            Agilant.Account account => WithStatus(Joined(Name(account.FirstName, account.LastName), account.BusinessName) ?? account.EmailAddress ?? "Account " + account.Id, account.Status?.ToString()),
            Service service => Invariant($"Account of the service {service.SkuNumber} line {service.LineNumber}"),
            _ => record.ToString() ?? string.Empty,
        };

        /// <summary>An order (its contact and status), or an order seen only through one of its items.</summary>
        public static string Order(object record) => record switch
        {
            Agilant.Order order => WithStatus(Joined(Name(order.FirstName, order.LastName), order.BusinessName) ?? order.EmailAddress ?? "Order " + order.Number, order.Status?.ToString()),
            OrderItem item => Invariant($"Order of the item {item.SkuNumber} line {item.LineNumber}"),
            _ => record.ToString() ?? string.Empty,
        };

        public static string Service(Service service) =>
            WithStatus(Invariant($"{service.SkuNumber} line {service.LineNumber} of account {service.AccountId}"), service.Status?.ToString());

        public static string OrderItem(OrderItem item)
        {
            string line = Invariant($"{item.SkuNumber} line {item.LineNumber} of order {item.OrderNumber}");
            string? title = item.Title ?? item.ShortDescription;
            return WithStatus(title is null ? line : line + ": " + title, item.Status?.ToString());
        }

        private static string? Name(string? firstName, string? lastName) => Joined(" ", firstName, lastName);

        private static string? Joined(string? name, string? business) => Joined(", ", name, business);

        private static string? Joined(string separator, params string?[] parts)
        {
            string[] given = parts.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()).ToArray();
            return given.Length == 0 ? null : string.Join(separator, given);
        }

        private static string WithStatus(string text, string? status) => status is null ? text : $"{text} [{status}]";

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
