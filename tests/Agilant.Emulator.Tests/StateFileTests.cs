using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator.Tests.Support;

namespace Agilant.Emulator.Tests;

/// <summary>EmulatorOptions.StateFile (--state): the state outlives the emulator, and a change is on disk before it is answered.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("agilant-state-").FullName;

    private string StatePath => Path.Combine(folder, "state.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task EveryChange_IsInTheFileOnceAnswered_AndAnotherEmulatorStartsFromIt()
    {
        await using var first = await AgilantEmulator.StartAsync(new EmulatorOptions { StateFile = StatePath });
        using var client = new EmulatorClient(first);
        using var accountClient = new EmulatorClient(first, version: "2");
        first.State.Accounts.Add(AccountSamples.Account);
        var created = await client.PostAsync("/ticket", Samples.CreateTicketRequest);
        var number = created.Json.GetProperty("ticketNumber").GetInt32();
        await client.PostAsync($"/ticket/{number}/reply", Samples.ReplyRequest);
        await client.PutAsync($"/ticket/{number}", """{"status":"CLOSED"}""");
        await accountClient.PostAsync("/account", AccountSamples.Batch(AccountSamples.Row("a/b")));
        await accountClient.PutAsync("/account/23526813/service/PREM-SECURITY", """{"service":{"lineNumber":1,"comment":"kept"}}""");
        await accountClient.PutAsync("/order/12345678", """{"order":{"item":[{"lineNumber":1,"paid":true}]}}""");
        await client.PostAsync("/order/12345678/diagnostic", OrderSamples.DiagnosticRequest);

        // The first emulator still runs: what the second reads was saved when each change was answered, not at a stop.
        await using var second = await AgilantEmulator.StartAsync(new EmulatorOptions { StateFile = StatePath });

        Assert.Equal(Saved(first.State), Saved(second.State));
        Assert.Equal(["CLOSED"], second.State.Tickets.List().Where(ticket => ticket.TicketNumber == number).Select(ticket => ticket.Status));
        Assert.Equal("QUOTE_PAYMENT_ACCEPTED", second.State.Orders.Get("12345678")!.Status);
        Assert.Single(second.State.Orders.DiagnosticsOf("12345678"));
        Assert.Equal(["23526813", "a/b"], second.State.Accounts.List().Select(account => account.Id));
        using var secondClient = new EmulatorClient(second);
        var next = await secondClient.PostAsync("/ticket", Samples.CreateTicketRequest);
        Assert.Equal(number + 1, next.Json.GetProperty("ticketNumber").GetInt32());
    }

    [Fact]
    public async Task WithNoFileYet_TheEmulatorStartsAsEver_AndWritesTheFileAtOnce()
    {
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { StateFile = StatePath });

        Assert.Equal(["12345678", "89023475"], emulator.State.Orders.List().Select(order => order.Number));
        using var saved = JsonDocument.Parse(File.ReadAllText(StatePath));
        Assert.Equal(2, saved.RootElement.GetProperty("orders").GetArrayLength());
        Assert.Equal(0, saved.RootElement.GetProperty("tickets").GetArrayLength());
    }

    [Fact]
    public async Task TheOrdersAreWhatTheFileHolds_EvenWhenItHasNone()
    {
        File.WriteAllText(StatePath, """{"tickets":[],"accounts":[],"orders":[],"diagnostics":[]}""");

        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { StateFile = StatePath });
        using var client = new EmulatorClient(emulator, version: "2");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/order/89023475")).Status);
    }

    [Theory]
    [InlineData("not json", "is not one the emulator can load")]
    [InlineData("""{"tickets":[{"ticketNumber":1,"subject":"s","message":"m"}]}""", "emailAddress")]
    [InlineData("""{"tickets":[],"acounts":[]}""", "acounts")]
    [InlineData("""{"orders":[{"number":"x1","firstName":"F","lastName":"L","createdOn":"2021-01-01T00:00:00Z","updatedOn":"2021-01-01T00:00:00Z"}]}""", "x1")]
    public async Task AFileTheEmulatorCannotLoad_StopsTheStart_NamingTheFileAndTheProblem(string content, string named)
    {
        File.WriteAllText(StatePath, content);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => AgilantEmulator.StartAsync(new EmulatorOptions { StateFile = StatePath }));

        Assert.Contains(StatePath, error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("give another --state file to start afresh.", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(StatePath));
    }

    private static string Saved(EmulatorState state) => JsonSerializer.Serialize(StateSnapshot.Of(state));
}
