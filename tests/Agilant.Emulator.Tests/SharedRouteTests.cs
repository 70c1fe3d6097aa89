using System;
using System.Collections.Generic;
using Agilant.Emulator.Http;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Tests;

/// <summary>The routing model's answer to erratum 1: one route that two APIs answer, told apart by the Version header.</summary>
public sealed class SharedRouteTests
{
    private static readonly ApiProfile Versioned = new("Versioned API", ErrorOnSuccess: null, Version: "2");
    private static readonly ApiProfile Unversioned = new("Unversioned API", ErrorOnSuccess: "", Version: null);

    private readonly RouteTable routes = new();

    public SharedRouteTests()
    {
        routes.Map([Versioned, Unversioned], "GET", "/thing/{id}", RequestBody.None, Answer);
        routes.Map(Versioned, "PUT", "/thing/{id}", RequestBody.JsonObject, Answer);
    }

    [Fact]
    public void TheVersionHeader_PicksTheApiThatRequiresIt_AndItsAbsenceTheApiThatTakesNone()
    {
        var (route, _) = routes.Resolve("GET", RequestTarget.Parse("/thing/1"));

        Assert.Same(Versioned, route.ApiFor(Headers(("Version", "2"))));
        Assert.Same(Unversioned, route.ApiFor(Headers()));
    }

    [Theory]
    [InlineData("3", "not with Version '3'")]
    [InlineData("", "not with Version ''")]
    public void AVersionNoApiOfTheRouteHas_Is400NamingHowToReachEach(string version, string ending)
    {
        var (route, _) = routes.Resolve("GET", RequestTarget.Parse("/thing/1"));

        var error = Assert.Throws<ApiException>(() => route.ApiFor(Headers(("Version", version))));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(
            $"GET /thing/{{id}} answers as the Versioned API with the header Version: 2, or as the Unversioned API without a Version header; {ending}",
            error.Message);
    }

    [Fact]
    public void ARouteOfOneApi_TakesAnyVersionHeader_ForItsApiToCheck()
    {
        var (route, _) = routes.Resolve("PUT", RequestTarget.Parse("/thing/1"));

        Assert.Same(Versioned, route.ApiFor(Headers()));
        Assert.Same(Versioned, route.ApiFor(Headers(("Version", "3"))));
    }

    [Fact]
    public void TheApiOfAPath_ForTheHeadersOfAnAnswer_FollowsTheRoutesOfTheMethodFirst()
    {
        var thing = RequestTarget.Parse("/thing/1");

        Assert.Same(Unversioned, routes.ApiOf("GET", thing, Headers()));
        Assert.Same(Versioned, routes.ApiOf("GET", thing, Headers(("Version", "2"))));
        Assert.Same(Versioned, routes.ApiOf("PUT", thing, Headers()));
        Assert.Same(Unversioned, routes.ApiOf("PATCH", thing, Headers()));
        Assert.Null(routes.ApiOf("GET", thing, Headers(("Version", "3"))));
        Assert.Null(routes.ApiOf("GET", RequestTarget.Parse("/other"), Headers()));
    }

    [Fact]
    public void ApisThatCannotBeToldApart_OrNone_AreRefused()
    {
        var table = new RouteTable();

        Assert.Throws<ArgumentException>(() => table.Map([Unversioned, Unversioned with { Name = "Other" }], "GET", "/a", RequestBody.None, Answer));
        Assert.Throws<ArgumentException>(() => table.Map([Versioned, Versioned with { Name = "Other" }], "GET", "/b", RequestBody.None, Answer));
        Assert.Throws<ArgumentException>(() => table.Map([], "GET", "/c", RequestBody.None, Answer));
    }

    [Fact]
    public void TheSameMethodAndTemplate_CannotBeMappedTwice_EvenForAnotherApi()
    {
        Assert.Throws<InvalidOperationException>(() => routes.Map(Unversioned, "PUT", "/thing/{id}", RequestBody.None, Answer));
    }

    private static ApiResult Answer(ApiRequest request) => ApiResult.Ok();

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            dictionary[name] = value;
        }

        return dictionary;
    }
}
