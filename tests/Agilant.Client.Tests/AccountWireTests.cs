using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class AccountWireTests
{
    private const string Done = """{"success":true,"error":null}""";

    [Fact]
    public async Task Reads_the_documented_account_with_dates_nulls_and_services_that_know_their_account()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Samples.AccountAnswer);

        Account account = await test.Client.Accounts.GetAsync("23526813", CancellationToken.None);

        Assert.Equal("2", Assert.Single(test.Handler.Sent).Headers["Version"]);
        Assert.Equal("/base/account/23526813", test.Handler.Sent[0].PathAndQuery);
        Assert.Equal(new DateTime(2019, 8, 6), account.CreateDate);
        Assert.Equal(AccountStatus.ACTIVE, account.Status);
        Assert.Equal(2, account.Services.Count);
        Assert.All(account.Services, service => Assert.Equal("23526813", service.AccountId));
        Service premium = account.Services[0];
        Assert.Equal((1, "PREM-SECURITY", ServiceStatus.ACTIVE), (premium.LineNumber, premium.SkuNumber, premium.Status));
        Assert.Equal(new DateTime(2021, 7, 1), premium.CancellationDate);
        Assert.Null(account.Services[1].RenewalDate);
        Assert.Equal("2345789245789187635", premium.TransactionId);
    }

    [Fact]
    public async Task A_batch_is_one_array_with_dates_as_yyyy_MM_dd_and_no_unset_fields()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, Done);
        var account = new NewAccount("a/1", "Jane", "Doe", "jdoe@abccompany.com")
        {
            BusinessName = "ABC Company",
            Services = new[] { new NewService("PREM-SECURITY", new DateTime(2020, 1, 1)) { RenewalDate = new DateTime(2021, 1, 1) } },
        };

        await test.Client.Accounts.CreateManyAsync(new[] { account }, CancellationToken.None);

        Assert.Equal(
            """{"account":[{"id":"a/1","firstName":"Jane","lastName":"Doe","emailAddress":"jdoe@abccompany.com","businessName":"ABC Company","service":[{"skuNumber":"PREM-SECURITY","purchaseDate":"2020-01-01","renewalDate":"2021-01-01"}]}]}""",
            Assert.Single(test.Handler.Sent).Body);
    }

    [Fact]
    public async Task An_account_update_sends_only_what_was_set()
    {
        using var test = new TestClient().Answer(HttpStatusCode.OK, Done);

        await test.Client.Accounts.UpdateAsync("a/b?c#d", new AccountUpdate { FirstName = "Janet", BusinessName = null }, CancellationToken.None);

        SentRequest sent = Assert.Single(test.Handler.Sent);
        Assert.Equal("PUT", sent.Method);
        Assert.Equal("/base/account/a%2Fb%3Fc%23d", sent.PathAndQuery);
        Assert.Equal("""{"account":{"firstName":"Janet","businessName":null}}""", sent.Body);
    }

    [Fact]
    public async Task Deleting_an_account_and_reading_its_agent_link()
    {
        using var test = new TestClient()
            .Answer(HttpStatusCode.OK, Done)
            .Answer(HttpStatusCode.OK, """{"success":true,"error":null,"link":"https://test.agentlink.com/ABCDEFG12345"}""");

        await test.Client.Accounts.DeleteAsync("23526813", CancellationToken.None);
        AgentLink link = await test.Client.Accounts.GetAgentLinkAsync("23526813", CancellationToken.None);

        Assert.Equal(("DELETE", "/base/account/23526813"), (test.Handler.Sent[0].Method, test.Handler.Sent[0].PathAndQuery));
        Assert.Equal("/base/account/23526813/link/agent", test.Handler.Sent[1].PathAndQuery);
        Assert.Equal(("23526813", "https://test.agentlink.com/ABCDEFG12345"), (link.AccountId, link.Link));
    }

    [Fact]
    public async Task Service_calls_carry_one_service_the_line_number_and_explicit_nulls()
    {
        using var test = new TestClient().Answer(HttpStatusCode.Created, Done).Answer(HttpStatusCode.OK, Done).Answer(HttpStatusCode.OK, Done);

        await test.Client.Services.CreateAsync("23526813", new NewService("IHIO-SMARTTV", new DateTime(2020, 1, 1)) { Comment = "Call first" }, CancellationToken.None);
        await test.Client.Services.UpdateAsync("23526813", "PREM-SECURITY", new ServiceUpdate(1) { CancellationDate = null, RenewalDate = new DateTime(2022, 1, 1) }, CancellationToken.None);
        await test.Client.Services.DeleteAsync("23526813", "IHIO SMART/TV", 2, CancellationToken.None);

        Assert.Equal(("POST", "/base/account/23526813/service"), (test.Handler.Sent[0].Method, test.Handler.Sent[0].PathAndQuery));
        Assert.Equal("""{"service":{"skuNumber":"IHIO-SMARTTV","purchaseDate":"2020-01-01","comment":"Call first"}}""", test.Handler.Sent[0].Body);
        Assert.Equal("/base/account/23526813/service/PREM-SECURITY", test.Handler.Sent[1].PathAndQuery);
        Assert.Equal("""{"service":{"lineNumber":1,"cancellationDate":null,"renewalDate":"2022-01-01"}}""", test.Handler.Sent[1].Body);
        Assert.Equal(("DELETE", "/base/account/23526813/service/IHIO%20SMART%2FTV"), (test.Handler.Sent[2].Method, test.Handler.Sent[2].PathAndQuery));
        Assert.Equal("""{"lineNumber":2}""", test.Handler.Sent[2].Body);
    }

    [Fact]
    public void A_new_account_tells_what_the_API_would_refuse()
    {
        var account = new NewAccount(".", "", "Doe", "not-an-address")
        {
            Services = new[]
            {
                new NewService("", new DateTime(2020, 1, 1)) { LineNumber = 1 },
                new NewService("B", new DateTime(2020, 1, 1)) { LineNumber = 1 },
            },
        };

        Assert.Equal(
            new[]
            {
                "FirstName is required.",
                "Id '.' cannot be used: an account with it could never be read back by its route.",
                "EmailAddress 'not-an-address' is not an e-mail address.",
                "A service needs a SkuNumber.",
                "LineNumber 1 is given to more than one service.",
            },
            account.Problems());
        Assert.Empty(new NewAccount("x", "Jane", "Doe", "jane@testco.com").Problems());
    }

    [Theory]
    [InlineData("jane@testco.com", true)]
    [InlineData("j@t.c", true)]
    [InlineData("jane.doe@mail.testco.co.uk", true)]
    [InlineData("jane@testco.com.", true)]
    [InlineData("jane@.testco.com", true)]
    [InlineData("jane@testco", false)]
    [InlineData("jane@testco.", false)]
    [InlineData("jane@.com", false)]
    [InlineData("@testco.com", false)]
    [InlineData("jane@@testco.com", false)]
    [InlineData("jane@testco@com.org", false)]
    [InlineData("jane doe@testco.com", false)]
    [InlineData("jane@testco.com\n", false)]
    [InlineData("jane@testco.com\u00a0", false)]
    [InlineData("", false)]
    public void An_e_mail_address_has_one_at_sign_a_dot_after_it_and_no_white_space(string text, bool shaped)
    {
        Assert.Equal(shaped, NewAccount.IsEmailShaped(text));
    }
}
