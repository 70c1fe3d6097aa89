using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class ProxyRefusalTests
{
    [Fact]
    public async Task A_407_answer_is_its_own_failure_naming_the_proxy_and_is_not_retried()
    {
        using var test = new TestClient(options => options.Proxy = new Uri("http://proxy.example.test:8080/"))
            .Answer((HttpStatusCode)407, string.Empty);

        var refused = await Assert.ThrowsAsync<AgilantProxyAuthenticationException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.Equal(new Uri("http://proxy.example.test:8080/"), refused.Proxy);
        Assert.False(refused.CredentialsGiven);
        Assert.Equal("GET /ticket/5 was stopped by the proxy http://proxy.example.test:8080/, which asks for credentials (407 Proxy Authentication Required).", refused.Message);
        Assert.Single(test.Handler.Sent);
        Assert.Empty(test.Waits);
    }

    [Fact]
    public async Task A_refused_tunnel_is_the_same_failure_and_says_the_credentials_given_were_refused()
    {
        using var test = new TestClient(options =>
        {
            options.Proxy = new Uri("http://proxy.example.test:8080/");
            options.ProxyCredential = new NetworkCredential("user", "password");
        });
        test.Handler.Fail(new HttpRequestException(HttpRequestError.ProxyTunnelError, "The proxy tunnel request to proxy 'http://proxy.example.test:8080/' failed with status code '407'."));

        var refused = await Assert.ThrowsAsync<AgilantProxyAuthenticationException>(() => test.Client.Tickets.GetAsync(5, CancellationToken.None));

        Assert.True(refused.CredentialsGiven);
        Assert.Contains("refused the proxy credentials given", refused.Message);
        Assert.Single(test.Handler.Sent);
    }
}
