using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

/// <summary>The records a record holds read as their own text, which is what Export-Csv writes in their cell.</summary>
public class RecordListTests
{
    [Fact]
    public async Task An_accounts_services_read_as_each_service_in_turn()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Samples.AccountAnswer);

        Account account = await test.Client.Accounts.GetAsync("23526813", CancellationToken.None);

        Assert.Equal(string.Join("; ", account.Services[0], account.Services[1]), account.Services.ToString());
        Assert.Matches(@"^\S+ #\d+; \S+ #\d+$", account.Services.ToString());
    }

    [Fact]
    public void No_records_read_as_nothing_and_an_array_converts()
    {
        RecordList<TicketReply> replies = new[] { new TicketReply { Message = "Yes, I have." }, new TicketReply() };

        Assert.Equal(string.Empty, new RecordList<Service>().ToString());
        Assert.Equal("Yes, I have.; ", replies.ToString());
    }
}
