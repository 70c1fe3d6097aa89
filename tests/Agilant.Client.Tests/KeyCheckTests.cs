using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class KeyCheckTests
{
    [Theory]
    [InlineData(HttpStatusCode.NotFound, 404)]
    [InlineData(HttpStatusCode.Forbidden, 403)]
    [InlineData(HttpStatusCode.OK, 200)]
    public async Task Any_answer_but_401_means_the_keys_were_accepted(HttpStatusCode status, int expected)
    {
        using var test = new TestClient().Answer(status, """{"success":false,"error":"Ticket 0 was not found"}""");

        KeyCheck answered = await test.Client.CheckKeysAsync(CancellationToken.None);

        Assert.Equal(expected, answered.Status);
        Assert.True(answered.AnsweredByApi);
        SentRequest check = Assert.Single(test.Handler.Sent);
        Assert.Equal(("GET", "/base/ticket/0"), (check.Method, check.PathAndQuery));
        Assert.StartsWith(TestClient.PublicKey + ".", check.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_404_page_that_is_not_the_APIs_answer_says_nothing_about_the_keys()
    {
        using var test = new TestClient().Answer(HttpStatusCode.NotFound, "<html><body>Not Found</body></html>");

        KeyCheck answered = await test.Client.CheckKeysAsync(CancellationToken.None);

        Assert.Equal(404, answered.Status);
        Assert.False(answered.AnsweredByApi);
    }

    [Fact]
    public async Task A_401_is_thrown_with_the_servers_clock_skew()
    {
        using var test = new TestClient().Answer(
            HttpStatusCode.Unauthorized,
            """{"success":false,"error":"Signature is invalid"}""",
            response => response.Headers.Date = System.DateTimeOffset.UtcNow.AddHours(1));

        var refused = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.CheckKeysAsync(CancellationToken.None));

        Assert.Equal(401, refused.StatusCode);
        Assert.NotNull(refused.ServerClockSkew);
    }
}
