using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Accounts;
using Agilant.Client.Orders;
using Agilant.Client.Raw;
using Agilant.Client.Services;
using Agilant.Client.Tests.Support;
using Agilant.Client.Tickets;

namespace Agilant.Client.Tests;

/// <summary>A request built without sending (what -WhatIf shows) is the request the call sends.</summary>
public class AgilantRequestTests
{
    private const string Done = """{"success":true,"error":null}""";
    private static readonly Uri BaseUri = new("https://api.example.test/base/");

    [Fact]
    public void Shows_the_route_alone_without_a_base_URI_and_the_whole_address_with_one()
    {
        AgilantRequest request = AccountsClient.DeleteRequest("a/b");

        Assert.Equal("DELETE /account/a%2Fb", request.Describe(null));
        Assert.Equal("DELETE https://api.example.test/base/account/a%2Fb", request.Describe(BaseUri));
        Assert.Null(request.Body);
    }

    [Fact]
    public void Shows_the_body_on_the_line_after_the_request_line()
    {
        AgilantRequest request = TicketsClient.UpdateRequest(5, new TicketUpdate { Subject = new Optional<string?>("Zoë's TV") });

        Assert.Equal("PUT /ticket/5" + Environment.NewLine + """{"subject":"Zoë's TV"}""", request.Describe(null));
    }

    [Fact]
    public async Task Every_change_sends_the_request_its_builder_shows()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, """{"success":true,"error":"","ticketNumber":7}""");
        for (int i = 0; i < 9; i++)
        {
            test.Answer(HttpStatusCode.OK, Done);
        }

        var ticket = new NewTicket("a@testco.com", "s", "m") { Priority = TicketPriority.HIGH };
        var reply = new NewTicketReply("a@testco.com", "m") { RepliedOn = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)) };
        var service = new NewService("SKU-1", new DateTime(2024, 2, 1));
        var diagnostic = new NewDiagnostic("x", true, "https://reports.testco.com/r.pdf");
        var order = new OrderUpdate { Items = new[] { new OrderItemUpdate(1) { Paid = new Optional<bool?>(true) } } };
        var built = new[]
        {
            TicketsClient.CreateRequest(ticket),
            TicketsClient.AddReplyRequest(7, reply),
            AccountsClient.CreateRequest(new[] { new NewAccount("A1", "F", "L", "a@testco.com") }),
            AccountsClient.DeleteRequest("A1"),
            ServicesClient.CreateRequest("A1", service),
            ServicesClient.DeleteRequest("A1", "SKU-1", 1),
            OrdersClient.UpdateRequest("89023475", order),
            OrdersClient.DeleteItemRequest("89023475", "346346", 2),
            OrdersClient.SendDiagnosticRequest("89023475", diagnostic),
            RawClient.Request("post", "/provider", new { name = "n" }, null),
        };

        CancellationToken none = CancellationToken.None;
        await test.Client.Tickets.CreateAsync(ticket, none);
        await test.Client.Tickets.AddReplyAsync(7, reply, none);
        await test.Client.Accounts.CreateAsync(new[] { new NewAccount("A1", "F", "L", "a@testco.com") }, none);
        await test.Client.Accounts.DeleteAsync("A1", none);
        await test.Client.Services.CreateAsync("A1", service, none);
        await test.Client.Services.DeleteAsync("A1", "SKU-1", 1, none);
        await test.Client.Orders.UpdateAsync("89023475", order, none);
        await test.Client.Orders.DeleteItemAsync("89023475", "346346", 2, none);
        await test.Client.Orders.SendDiagnosticAsync("89023475", diagnostic, none);
        await test.Client.Raw.SendAsync("post", "/provider", new { name = "n" }, null, none);

        Assert.Equal(built.Length, test.Handler.Sent.Count);
        for (int i = 0; i < built.Length; i++)
        {
            SentRequest sent = test.Handler.Sent[i];
            Assert.Equal(built[i].RequestLine(BaseUri), $"{sent.Method} {sent.Uri}");
            Assert.Equal(built[i].Body ?? string.Empty, sent.Body ?? string.Empty);
        }
    }
}
