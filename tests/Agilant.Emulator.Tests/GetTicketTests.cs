using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class GetTicketTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleTicket_ComesBackExactlyAsTheDocumentsSampleResponse()
    {
        SeedTicket(Samples.Ticket with { TicketNumber = 12345678 });

        var reply = await Client.GetAsync("/ticket/12345678");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonShape.Of(Samples.GetTicketResponse), JsonShape.Of(reply.Json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Samples.GetTicketResponse), JsonNode.Parse(reply.Body)), reply.Body);
    }

    [Fact]
    public async Task ACreatedTicket_HasEveryField_WithNullForNamesAndPhoneNotGiven_AndNoReplies()
    {
        await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");

        var reply = await Client.GetAsync("/ticket/10000001");

        Assert.True(
            JsonNode.DeepEquals(
                JsonNode.Parse("""
                    {"success":true,"error":"","ticket":{"ticketNumber":10000001,"priority":"NORMAL","status":"NEW_TICKET",
                     "firstName":null,"lastName":null,"emailAddress":"a@b.co","phoneNumber":null,"subject":"s","message":"m","replies":[]}}
                    """),
                JsonNode.Parse(reply.Body)),
            reply.Body);
    }

    [Fact]
    public async Task AStatusTheDocumentsDoNotList_IsServedAsSeeded()
    {
        var ticket = SeedTicket(Samples.Ticket with { Status = "ESCALATED" });

        var reply = await Client.GetAsync($"/ticket/{ticket.TicketNumber}");

        Assert.Equal("ESCALATED", reply.Json.GetProperty("ticket").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/ticket/10000001", "Ticket 10000001 was not found")]
    [InlineData("/ticket/1.5", "Ticket '1.5' was not found: ticket numbers are integers")]
    [InlineData("/ticket/%2010000001", "Ticket ' 10000001' was not found: ticket numbers are integers")]
    public async Task AnUnknownTicket_Is404(string target, string expected)
    {
        var reply = await Client.GetAsync(target);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.False(reply.Success);
        Assert.Equal(expected, reply.Error);
    }
}
