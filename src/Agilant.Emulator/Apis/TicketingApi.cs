using System.Globalization;
using System.Text.Json.Nodes;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The TOGaDesk Ticketing API v2.1.2. The ticket in the route is looked up before the body is validated,
/// so an unknown ticket is a 404 whatever the body holds.
/// </summary>
internal sealed class TicketingApi(TicketStore tickets)
{
    private static readonly ApiProfile Profile = ApiProfiles.Ticketing;

    private static readonly string[] CreateFields = ["priority", "firstName", "lastName", "emailAddress", "phoneNumber", "subject", "message"];
    private static readonly string[] ReplyFields = ["repliedOn", "firstName", "lastName", "emailAddress", "message"];
    private static readonly string[] UpdateFields = ["priority", "status", "firstName", "lastName", "emailAddress", "phoneNumber", "subject", "message"];

    public void MapRoutes(RouteTable routes)
    {
        routes.Map(Profile, "POST", "/ticket", RequestBody.JsonObject, CreateTicket);
        routes.Map(Profile, "POST", "/ticket/{ticketNumber}/reply", RequestBody.JsonObject, AddReply);
        routes.Map(Profile, "PUT", "/ticket/{ticketNumber}", RequestBody.JsonObject, UpdateTicket);
        routes.Map(Profile, "GET", "/ticket/{ticketNumber}", RequestBody.None, GetTicket);
    }

    private ApiResult CreateTicket(ApiRequest request)
    {
        var body = request.Body(CreateFields);
        var ticket = tickets.Add(new Ticket
        {
            Priority = body.OptionalEnum("priority", TicketPriorities.All) ?? TicketPriorities.Normal,
            Status = TicketStatuses.NewTicket,
            FirstName = body.OptionalString("firstName"),
            LastName = body.OptionalString("lastName"),
            EmailAddress = body.RequiredEmail("emailAddress"),
            PhoneNumber = body.OptionalString("phoneNumber"),
            Subject = body.RequiredString("subject"),
            Message = body.RequiredString("message"),
        });
        return ApiResult.Created(TicketNumberPayload(ticket.TicketNumber));
    }

    private ApiResult AddReply(ApiRequest request)
    {
        var ticketNumber = ExistingTicket(request).TicketNumber;
        var body = request.Body(ReplyFields);
        tickets.AddReply(ticketNumber, new TicketReply
        {
            RepliedOn = body.OptionalDateTime("repliedOn") ?? Iso8601.TruncateToSeconds(request.Now),
            FirstName = body.OptionalString("firstName"),
            LastName = body.OptionalString("lastName"),
            EmailAddress = body.RequiredEmail("emailAddress"),
            Message = body.RequiredString("message"),
        });
        return ApiResult.Created(TicketNumberPayload(ticketNumber));
    }

    private ApiResult UpdateTicket(ApiRequest request)
    {
        var ticketNumber = ExistingTicket(request).TicketNumber;
        var body = request.Body(UpdateFields);
        if (body.IsEmpty)
        {
            throw ApiException.BadRequest($"Nothing to update: send at least one of {string.Join(", ", UpdateFields)}");
        }

        tickets.Update(ticketNumber, ticket => ticket with
        {
            Priority = body.EnumOr("priority", TicketPriorities.All, ticket.Priority),
            Status = body.EnumOr("status", TicketStatuses.All, ticket.Status),
            FirstName = body.NullableStringOr("firstName", ticket.FirstName),
            LastName = body.NullableStringOr("lastName", ticket.LastName),
            EmailAddress = body.EmailOr("emailAddress", ticket.EmailAddress),
            PhoneNumber = body.NullableStringOr("phoneNumber", ticket.PhoneNumber),
            Subject = body.StringOr("subject", ticket.Subject),
            Message = body.StringOr("message", ticket.Message),
        });
        return ApiResult.Ok(TicketNumberPayload(ticketNumber));
    }

    private ApiResult GetTicket(ApiRequest request)
    {
        return ApiResult.Ok(new JsonObject { ["ticket"] = TicketJson.Ticket(ExistingTicket(request)) });
    }

    private Ticket ExistingTicket(ApiRequest request)
    {
        var text = request.RouteValue("ticketNumber");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticketNumber))
        {
            throw ApiException.NotFound($"Ticket '{text}' was not found: ticket numbers are integers");
        }

        return tickets.Get(ticketNumber) ?? throw ApiException.NotFound($"Ticket {ticketNumber} was not found");
    }

    private static JsonObject TicketNumberPayload(int ticketNumber) => new() { ["ticketNumber"] = ticketNumber };
}
