using System;
using Agilant.Emulator.Hosting;

namespace Agilant.Emulator.Tests;

/// <summary>--fault: a Fault written as "METHOD PATH WHAT...", checked as FaultPlan.Add checks it.</summary>
public sealed class FaultOptionTests
{
    [Fact]
    public void AMethodPathAndStatus_AreTheFaultsMatchAndAnswer()
    {
        Assert.Equal(new Fault { Method = "POST", PathPrefix = "/ticket", StatusCode = 502 }, FaultOption.Parse("post /ticket 502"));
    }

    [Fact]
    public void AStarAndASlash_MatchEveryMethodAndPath()
    {
        Assert.Equal(new Fault { StatusCode = 503, Times = 3, RetryAfter = TimeSpan.FromSeconds(2) }, FaultOption.Parse("* / 503 times=3 retry-after=2"));
    }

    [Fact]
    public void TheWords_SetTheRestOfTheFault_InAnyOrder()
    {
        Assert.Equal(
            new Fault { Method = "PUT", PathPrefix = "/order/89023475", StatusCode = 502, AfterProcessing = true, HtmlPage = true, Delay = TimeSpan.FromMilliseconds(250) },
            FaultOption.Parse("PUT /order/89023475 html delay=250 after 502"));
        Assert.Equal(new Fault { Method = "GET", PathPrefix = "/account", DropConnection = true }, FaultOption.Parse("GET /account drop"));
        Assert.Equal(new Fault { Method = "GET", PathPrefix = "/ticket", Delay = TimeSpan.FromSeconds(5) }, FaultOption.Parse("GET /ticket delay=5000"));
    }

    [Fact]
    public void Error_TakesTheRestOfTheText_SpacesAndEqualsSignsIncluded()
    {
        Assert.Equal(
            new Fault { Method = "PUT", PathPrefix = "/order", StatusCode = 200, Error = "Locked: retry=later, please" },
            FaultOption.Parse("PUT /order 200 error=Locked: retry=later, please"));
    }

    [Theory]
    [InlineData("502", "it starts with a method (or *) and a path, as in \"POST /ticket 502\"")]
    [InlineData("POST ticket 502", "it starts with a method (or *) and a path")]
    [InlineData("POST /ticket 502 twice", "'twice' is none of a status, drop, after, html, times=N, delay=MS, retry-after=S, error=TEXT")]
    [InlineData("POST /ticket 502 times=-1", "'times=-1' needs a whole number, 0 or more")]
    [InlineData("POST /ticket 502 times=0", "Times must be at least 1")]
    [InlineData("POST /ticket 302", "StatusCode must be an error status")]
    [InlineData("POST /ticket", "A fault needs a StatusCode or DropConnection")]
    [InlineData("POST /ticket 502 drop", "either answers a StatusCode or drops the connection")]
    public void AFaultThatMakesNoSense_IsRefused_SayingWhyAndWhatItTakes(string text, string why)
    {
        var error = Assert.Throws<ArgumentException>(() => FaultOption.Parse(text));

        Assert.StartsWith($"--fault \"{text}\" is not a fault the emulator can inject: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"It takes {FaultOption.Syntax}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLine_TakesFaults_OneOptionEach_InOrder()
    {
        var commandLine = CommandLine.Parse(["--fault", "POST /ticket 502", "--fault=GET / drop"]);

        Assert.Equal([new Fault { Method = "POST", PathPrefix = "/ticket", StatusCode = 502 }, new Fault { Method = "GET", DropConnection = true }], commandLine.Faults);
    }
}
