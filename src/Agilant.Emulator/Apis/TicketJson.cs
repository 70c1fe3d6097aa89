using System.Linq;
using System.Text.Json.Nodes;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>The Ticket and Ticket Reply objects in the documents' field order; an unset name or phone is null.</summary>
internal static class TicketJson
{
    public static JsonObject Ticket(Ticket ticket) => new()
    {
        ["ticketNumber"] = ticket.TicketNumber,
        ["priority"] = ticket.Priority,
        ["status"] = ticket.Status,
        ["firstName"] = ticket.FirstName,
        ["lastName"] = ticket.LastName,
        ["emailAddress"] = ticket.EmailAddress,
        ["phoneNumber"] = ticket.PhoneNumber,
        ["subject"] = ticket.Subject,
        ["message"] = ticket.Message,
        ["replies"] = new JsonArray([.. ticket.Replies.Select(Reply)]),
    };

    public static JsonObject Reply(TicketReply reply) => new()
    {
        ["repliedOn"] = Iso8601.FormatDateTime(reply.RepliedOn),
        ["firstName"] = reply.FirstName,
        ["lastName"] = reply.LastName,
        ["emailAddress"] = reply.EmailAddress,
        ["message"] = reply.Message,
    };
}
