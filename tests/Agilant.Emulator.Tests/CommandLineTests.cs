using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task TheProgram_PrintsWhereItListensAndHowToConnect_ThenServesSignedRequestsForTheSeededData()
    {
        using var process = Start(redirectErrors: false, "--urls", "http://127.0.0.1:0", "--seed");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var listening = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var match = Regex.Match(listening ?? "", @"^Agilant emulator listening on (http://127\.0\.0\.1:[1-9][0-9]*/)$");
            Assert.True(match.Success, listening);
            var baseUri = match.Groups[1].Value;
            Assert.Equal($"Public key: {Samples.PublicKey}", await process.StandardOutput.ReadLineAsync(timeout.Token));
            Assert.Equal($"Secret key: {Samples.SecretKey}", await process.StandardOutput.ReadLineAsync(timeout.Token));
            Assert.Equal(
                $"Connect-Agilant -BaseUri {baseUri} -PublicKey {Samples.PublicKey} -SecretKey (ConvertTo-SecureString '{Samples.SecretKey}' -AsPlainText -Force)",
                await process.StandardOutput.ReadLineAsync(timeout.Token));

            using var http = new HttpClient { BaseAddress = new Uri(baseUri) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ticket/10000001");
            TestSigner.Sign(request, ApiKeyPair.Sample, TestSigner.Timestamp(DateTimeOffset.Now));
            using var response = await http.SendAsync(request, timeout.Token);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
            Assert.Equal("My computer won't boot up", body.RootElement.GetProperty("ticket").GetProperty("subject").GetString());

            using var accountRequest = new HttpRequestMessage(HttpMethod.Get, "/account/23526813");
            accountRequest.Headers.Add("Version", "2");
            TestSigner.Sign(accountRequest, ApiKeyPair.Sample, TestSigner.Timestamp(DateTimeOffset.Now));
            using var accountResponse = await http.SendAsync(accountRequest, timeout.Token);

            Assert.Equal(HttpStatusCode.OK, accountResponse.StatusCode);
            using var account = JsonDocument.Parse(await accountResponse.Content.ReadAsStringAsync(timeout.Token));
            Assert.Equal(2, account.RootElement.GetProperty("account").GetProperty("service").GetArrayLength());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task WithAWebhookUrl_TheProgramPostsTheWebhooksOfItsChanges_AndSaysWhereTo()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var process = Start(redirectErrors: false, "--webhook-url", receiver.Url.ToString());
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var listening = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var baseUri = Regex.Match(listening ?? "", @"listening on (\S+)$").Groups[1].Value;
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.StartsWith("Webhooks: ", StringComparison.Ordinal));

            Assert.Equal($"Webhooks: POST to {receiver.Url}", line);
            using var http = new HttpClient { BaseAddress = new Uri(baseUri) };
            using var request = new HttpRequestMessage(HttpMethod.Put, "/order/12345678")
            {
                Content = new StringContent("""{"order":{"item":[{"lineNumber":1,"paid":true}]}}""", new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add("Version", "2");
            TestSigner.Sign(request, ApiKeyPair.Sample, TestSigner.Timestamp(DateTimeOffset.Now));
            using var response = await http.SendAsync(request, timeout.Token);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("ITEM_STATUS_CHANGE", (await receiver.NextAsync(timeout.Token)).Json.GetProperty("webhook").GetString());
            Assert.Equal("ORDER_STATUS_CHANGE", (await receiver.NextAsync(timeout.Token)).Json.GetProperty("webhook").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task WithAStateFile_WhatWasChangedIsThereAfterARestart_AndSeedingDoesNotRepeat()
    {
        var folder = Directory.CreateTempSubdirectory("agilant-state-").FullName;
        var state = Path.Combine(folder, "state.json");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            int created;
            using (var first = Start(redirectErrors: false, "--seed", "--state", state))
            {
                var (baseUri, banner) = await ReadBannerAsync(first, timeout.Token);
                Assert.Contains($"State: {state} (new; saved after every change)", banner);
                var reply = await SendAsync(baseUri, HttpMethod.Post, "/ticket", Samples.CreateTicketRequest, timeout.Token);
                created = reply.RootElement.GetProperty("ticketNumber").GetInt32();
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync(timeout.Token);
            }

            using var second = Start(redirectErrors: false, "--seed", "--state", state);
            try
            {
                var (baseUri, banner) = await ReadBannerAsync(second, timeout.Token);
                Assert.Contains($"State: {state} (loaded; saved after every change)", banner);
                Assert.DoesNotContain(banner, line => line.StartsWith("Sample tickets:", StringComparison.Ordinal));
                var ticket = await SendAsync(baseUri, HttpMethod.Get, $"/ticket/{created}", json: null, timeout.Token);
                Assert.Equal("My computer won't boot up", ticket.RootElement.GetProperty("ticket").GetProperty("subject").GetString());
                var next = await SendAsync(baseUri, HttpMethod.Post, "/ticket", Samples.CreateTicketRequest, timeout.Token);
                Assert.Equal((10000003, 10000004), (created, next.RootElement.GetProperty("ticketNumber").GetInt32()));
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AFaultOnTheCommandLine_IsInjectedIntoTheRequestsItMatches_ThenUsedUp()
    {
        using var process = Start(redirectErrors: false, "--seed", "--fault", "GET /ticket 503 times=2 retry-after=1 error=Down for upkeep");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var (baseUri, banner) = await ReadBannerAsync(process, timeout.Token);
            Assert.Contains("Faults planned: 1 (each applies to the requests it matches, then is used up)", banner);

            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                using var http = new HttpClient { BaseAddress = new Uri(baseUri) };
                using var request = new HttpRequestMessage(HttpMethod.Get, "/ticket/10000001");
                TestSigner.Sign(request, ApiKeyPair.Sample, TestSigner.Timestamp(DateTimeOffset.Now));
                using var response = await http.SendAsync(request, timeout.Token);
                statuses.Add(response.StatusCode);
                if (attempt == 0)
                {
                    Assert.Equal("1", response.Headers.RetryAfter?.ToString());
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
                    Assert.Equal("Down for upkeep", body.RootElement.GetProperty("error").GetString());
                }
            }

            Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--fault", "GET", "starts with a method (or *) and a path")]
    [InlineData("--state", null, "--state needs a value.")]
    [InlineData("--webhook-header", "no colon", "--webhook-header takes 'Name: value'")]
    [InlineData("--webhook-url", "ftp://127.0.0.1/hooks", "is not an absolute http:// or https:// URL")]
    [InlineData("--urls", "http://10.1.2.3:5080", "is not a loopback address")]
    [InlineData("--urls", "http://127.0.0.1:5080;http://127.0.0.1:5081", "--urls takes one URL")]
    [InlineData("--port", "5080", "Unknown or incomplete argument '--port'")]
    public async Task AnArgumentItCannotUse_EndsTheProgramWithExitCode2AndAMessage(string name, string? value, string expected)
    {
        using var process = Start(redirectErrors: true, value is null ? [name] : [name, value]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var errors = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStateFileTheEmulatorCannotLoad_EndsTheProgramWithExitCode2_AndLeavesTheFileAlone()
    {
        var state = Path.Combine(Directory.CreateTempSubdirectory("agilant-state-").FullName, "state.json");
        File.WriteAllText(state, "{ not json");
        try
        {
            using var process = Start(redirectErrors: true, "--state", state);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            var errors = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(2, process.ExitCode);
            Assert.Contains($"The state file '{state}' is not one the emulator can load", errors, StringComparison.Ordinal);
            Assert.Equal("{ not json", File.ReadAllText(state));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(state)!, recursive: true);
        }
    }

    /// <returns>The base URI from the first line, and every line up to "Press Ctrl+C to stop.".</returns>
    private static async Task<(string BaseUri, List<string> Banner)> ReadBannerAsync(Process process, CancellationToken cancellationToken)
    {
        var banner = new List<string>();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(cancellationToken)) is not null && line != "Press Ctrl+C to stop.")
        {
            banner.Add(line);
        }

        var listening = Regex.Match(banner.FirstOrDefault() ?? "", @"listening on (\S+)$");
        Assert.True(listening.Success, string.Join(Environment.NewLine, banner));
        return (listening.Groups[1].Value, banner);
    }

    private static async Task<JsonDocument> SendAsync(string baseUri, HttpMethod method, string target, string? json, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUri) };
        using var request = new HttpRequestMessage(method, target);
        if (json is not null)
        {
            request.Content = new StringContent(json, new MediaTypeHeaderValue("application/json"));
        }

        TestSigner.Sign(request, ApiKeyPair.Sample, TestSigner.Timestamp(DateTimeOffset.Now));
        using var response = await http.SendAsync(request, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {target}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static Process Start(bool redirectErrors, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = redirectErrors,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(AgilantEmulator).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
    }
}
