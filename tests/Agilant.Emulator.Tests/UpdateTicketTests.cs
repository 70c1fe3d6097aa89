using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class UpdateTicketTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleUpdate_Is200WithTheDocumentedShape_AndChangesTheTicket()
    {
        var ticket = SeedTicket(Samples.Ticket with { Status = "NEW_TICKET", Priority = "HIGH" });

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", Samples.UpdateRequest);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(Samples.TicketNumberResponse), JsonShape.Of(reply.Json));
        Assert.Equal(ticket.TicketNumber, reply.Json.GetProperty("ticketNumber").GetInt32());
        Assert.Equal(
            ticket with { Status = "IN_PROGRESS", Priority = "NORMAL", FirstName = "Jane", LastName = "Doe", EmailAddress = "janedoe@testco.com" },
            Emulator.State.Tickets.Get(ticket.TicketNumber));
    }

    [Fact]
    public async Task OnlyTheFieldsSent_Change()
    {
        var ticket = SeedTicket();

        await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED","subject":"Fixed by itself"}""");

        Assert.Equal(ticket with { Status = "CLOSED", Subject = "Fixed by itself" }, Emulator.State.Tickets.Get(ticket.TicketNumber));
    }

    [Fact]
    public async Task AnExplicitNull_ClearsANameOrThePhoneNumber()
    {
        var ticket = SeedTicket();

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"firstName":null,"lastName":null,"phoneNumber":null}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(ticket with { FirstName = null, LastName = null, PhoneNumber = null }, Emulator.State.Tickets.Get(ticket.TicketNumber));
        var got = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");
        Assert.Equal(JsonValueKind.Null, got.Json.GetProperty("ticket").GetProperty("firstName").ValueKind);
    }

    [Theory]
    [InlineData("priority")]
    [InlineData("status")]
    [InlineData("emailAddress")]
    [InlineData("subject")]
    [InlineData("message")]
    public async Task AnExplicitNull_ForAFieldThatCannotBeCleared_Is400(string field)
    {
        var ticket = SeedTicket();

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", $$"""{"{{field}}":null}""");

        CreateTicketTests.AssertBadRequest(reply, $"{field} cannot be null");
        Assert.Equal(ticket, Emulator.State.Tickets.Get(ticket.TicketNumber));
    }

    [Theory]
    [InlineData("{}", "Nothing to update: send at least one of priority, status, firstName, lastName, emailAddress, phoneNumber, subject, message")]
    [InlineData("""{"status":"RESOLVED"}""", "status must be one of NEW_TICKET, OPEN, IN_PROGRESS, AWAITING_USER, CLOSED, REVIEW, not 'RESOLVED'")]
    [InlineData("""{"status":"CLOSED","Priority":"LOW"}""", "unknown field 'Priority' (did you mean 'priority'?)")]
    [InlineData("""{"status":"CLOSED","replies":[]}""", "unknown field 'replies'")]
    [InlineData("""{"status":"CLOSED","subject":""}""", "subject cannot be empty")]
    [InlineData("""{"status":"CLOSED","emailAddress":"nobody"}""", "emailAddress 'nobody' is not a valid email address")]
    [InlineData("""{"status":"CLOSED","phoneNumber":1234567}""", "phoneNumber must be a string, not a number")]
    public async Task AnInvalidUpdate_Is400_AndChangesNothing(string body, string expected)
    {
        var ticket = SeedTicket();

        var reply = await Client.PutAsync($"/ticket/{ticket.TicketNumber}", body);

        CreateTicketTests.AssertBadRequest(reply, expected);
        Assert.Equal(ticket, Emulator.State.Tickets.Get(ticket.TicketNumber));
    }

    [Theory]
    [InlineData("/ticket/10000009", "Ticket 10000009 was not found")]
    [InlineData("/ticket/ten", "Ticket 'ten' was not found: ticket numbers are integers")]
    public async Task UpdatingAnUnknownTicket_Is404(string target, string expected)
    {
        SeedTicket();

        var reply = await Client.PutAsync(target, """{"status":"CLOSED"}""");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal(expected, reply.Error);
    }

    [Fact]
    public async Task AStatusChange_RaisesTicketStatusChanged_AndOtherChangesDoNot()
    {
        var ticket = SeedTicket();
        var raised = new List<EmulatorEvent>();
        Emulator.State.Events.Raised += (_, change) => raised.Add(change);

        await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"IN_PROGRESS","subject":"same status"}""");
        await Client.PutAsync($"/ticket/{ticket.TicketNumber}", """{"status":"CLOSED"}""");

        Assert.Equal(new EmulatorEvent[] { new TicketStatusChanged(ticket.TicketNumber, "IN_PROGRESS", "CLOSED") }, raised);
    }
}
