using System;
using Agilant.Client.Http;

namespace Agilant.Client.Tests;

public class RouteTests
{
    [Theory]
    [InlineData("../x", "/account/..%2Fx")]
    [InlineData("../ticket/1", "/account/..%2Fticket%2F1")]
    [InlineData("a/b", "/account/a%2Fb")]
    [InlineData("x?y", "/account/x%3Fy")]
    [InlineData("#", "/account/%23")]
    [InlineData("a b%", "/account/a%20b%25")]
    [InlineData("...", "/account/...")]
    public void Escapes_each_value_as_one_segment(string id, string expected)
    {
        Assert.Equal(expected, Route.Of($"/account/{id}"));
    }

    [Fact]
    public void Formats_numbers_without_culture()
    {
        Assert.Equal("/ticket/12345678/reply", Route.Of($"/ticket/{12345678}/reply"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public void Refuses_values_that_would_change_the_route(string id)
    {
        Assert.Throws<ArgumentException>(() => Route.Of($"/account/{id}"));
    }

    [Fact]
    public void Escaped_routes_survive_the_uri_intact()
    {
        var uri = new Uri("https://api.example.test" + Route.Of($"/account/{"../ticket/1"}/service/{"a/b?c#d"}"));

        Assert.Equal("/account/..%2Fticket%2F1/service/a%2Fb%3Fc%23d", uri.AbsolutePath);
        Assert.Equal(string.Empty, uri.Query);
        Assert.Equal(string.Empty, uri.Fragment);
    }
}
