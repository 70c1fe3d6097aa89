using System;
using System.Net;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class CreateTicketTests : EmulatorTest
{
    [Fact]
    public async Task TheDocumentsSampleRequest_Is201WithTheDocumentedShape()
    {
        var reply = await Client.PostAsync("/ticket", Samples.CreateTicketRequest);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(JsonShape.Of(Samples.TicketNumberResponse), JsonShape.Of(reply.Json));
        Assert.True(reply.Success);
        Assert.Equal("", reply.Error);
        Assert.Equal(TicketStore.FirstTicketNumber, reply.Json.GetProperty("ticketNumber").GetInt32());
    }

    [Fact]
    public async Task TheTicketIsStoredAsSent_AsANewTicket()
    {
        await Client.PostAsync("/ticket", Samples.CreateTicketRequest);

        var ticket = Emulator.State.Tickets.Get(10000001)!;
        Assert.Equal(
            ("NORMAL", "NEW_TICKET", "John", "Smith", "johnsmith@testco.com", "(123) 456-7890", "My computer won't boot up", "I cannot get the computer to boot into Windows"),
            (ticket.Priority, ticket.Status, ticket.FirstName, ticket.LastName, ticket.EmailAddress, ticket.PhoneNumber, ticket.Subject, ticket.Message));
        Assert.Empty(ticket.Replies);
    }

    [Fact]
    public async Task TicketNumbersFollowInSequence_AndPriorityDefaultsToNormal()
    {
        var first = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");
        var second = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m"}""");

        Assert.Equal(10000001, first.Json.GetProperty("ticketNumber").GetInt32());
        Assert.Equal(10000002, second.Json.GetProperty("ticketNumber").GetInt32());
        var ticket = Emulator.State.Tickets.Get(10000002)!;
        Assert.Equal(("NORMAL", "NEW_TICKET"), (ticket.Priority, ticket.Status));
        Assert.Null(ticket.FirstName);
    }

    [Theory]
    [InlineData("""{"subject":"s","message":"m"}""", "emailAddress is required")]
    [InlineData("""{"emailAddress":"a@b.co","message":"m"}""", "subject is required")]
    [InlineData("""{"emailAddress":"a@b.co","subject":"s"}""", "message is required")]
    [InlineData("""{"emailAddress":"","subject":"s","message":"m"}""", "emailAddress cannot be empty")]
    [InlineData("""{"emailAddress":"a@b.co","subject":"  ","message":"m"}""", "subject cannot be empty")]
    [InlineData("""{"emailAddress":"a@b.co","subject":"s","message":null}""", "message cannot be null")]
    public async Task ARequiredFieldMissingOrEmpty_Is400NamingIt(string body, string expected)
    {
        var reply = await Client.PostAsync("/ticket", body);

        AssertBadRequest(reply, expected);
    }

    [Theory]
    [InlineData("""{"emailAddress":"a@b.co","subject":5,"message":"m"}""", "subject must be a string, not a number")]
    [InlineData("""{"emailAddress":"a@b.co","subject":"s","message":"m","firstName":true}""", "firstName must be a string, not a boolean")]
    [InlineData("""{"emailAddress":["a@b.co"],"subject":"s","message":"m"}""", "emailAddress must be a string, not an array")]
    [InlineData("""{"emailAddress":"a@b.co","subject":"s","message":"m","priority":1}""", "priority must be a string, one of LOW, NORMAL, HIGH, not a number")]
    public async Task AWrongJsonType_Is400NamingTheField(string body, string expected)
    {
        var reply = await Client.PostAsync("/ticket", body);

        AssertBadRequest(reply, expected);
    }

    [Theory]
    [InlineData("EmailAddress", "unknown field 'EmailAddress' (did you mean 'emailAddress'?)")]
    [InlineData("email", "unknown field 'email' (the fields are: priority, firstName, lastName, emailAddress, phoneNumber, subject, message)")]
    [InlineData("status", "unknown field 'status'")]
    public async Task AnUnknownField_Is400(string field, string expected)
    {
        var reply = await Client.PostAsync("/ticket", $$"""{"emailAddress":"a@b.co","subject":"s","message":"m","{{field}}":"x"}""");

        AssertBadRequest(reply, expected);
        Assert.Equal(0, Emulator.State.Tickets.Count);
    }

    [Fact]
    public async Task ARepeatedField_Is400()
    {
        var reply = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","subject":"t","message":"m"}""");

        AssertBadRequest(reply, "duplicate field 'subject'");
    }

    [Theory]
    [InlineData("URGENT")]
    [InlineData("normal")]
    public async Task APriorityOutsideTheDocumentedList_Is400ListingTheAllowedValues(string priority)
    {
        var reply = await Client.PostAsync("/ticket", $$"""{"emailAddress":"a@b.co","subject":"s","message":"m","priority":"{{priority}}"}""");

        AssertBadRequest(reply, $"priority must be one of LOW, NORMAL, HIGH, not '{priority}'");
    }

    [Theory]
    [InlineData("johnsmith")]
    [InlineData("johnsmith@testco")]
    [InlineData("john smith@testco.com")]
    [InlineData("@testco.com")]
    public async Task AnImplausibleEmailAddress_Is400(string email)
    {
        var reply = await Client.PostAsync("/ticket", $$"""{"emailAddress":"{{email}}","subject":"s","message":"m"}""");

        AssertBadRequest(reply, $"emailAddress '{email}' is not a valid email address");
    }

    [Fact]
    public async Task NullOptionalNames_AreAccepted_AsNotGiven()
    {
        var reply = await Client.PostAsync("/ticket", """{"emailAddress":"a@b.co","subject":"s","message":"m","firstName":null,"phoneNumber":null}""");

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Null(Emulator.State.Tickets.Get(10000001)!.FirstName);
    }

    internal static void AssertBadRequest(ApiReply reply, string expected)
    {
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.Success);
        Assert.Contains(expected, reply.Error, StringComparison.Ordinal);
    }
}
