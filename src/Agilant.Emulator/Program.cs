using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Agilant.Emulator.Hosting;

namespace Agilant.Emulator;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (CommandLine.IsHelp(args))
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        try
        {
            await RunAsync(CommandLine.Parse(args));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(CommandLine.Usage);
            return 2;
        }
    }

    private static async Task RunAsync(CommandLine commandLine)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });

        // A state file that exists holds what was seeded into it before: seeding again would add the same records twice.
        var restoring = commandLine.StateFile is { } stateFile && File.Exists(stateFile);
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions
        {
            Url = commandLine.Url,
            WebhookUrl = commandLine.WebhookUrl,
            WebhookHeaders = commandLine.WebhookHeaders,
            Latency = commandLine.Latency,
            StateFile = commandLine.StateFile,
            JournalCapacity = 0,
        });
        var seed = commandLine.Seed && !restoring;
        var seeded = seed ? SampleData.SeedTickets(emulator.State) : [];
        var seededAccount = seed ? SampleData.SeedAccount(emulator.State) : null;
        foreach (var fault in commandLine.Faults)
        {
            emulator.Faults.Add(fault);
        }

        if (commandLine.LogRequests)
        {
            emulator.Requests.Recorded += (_, request) => Console.WriteLine(request);
            emulator.Webhooks.Recorded += (_, delivery) => Console.WriteLine(delivery);
        }

        var key = emulator.Key;
        // Other projects' tests start this program and parse "listening on (\S+)": keep this line exactly so.
        Console.WriteLine($"Agilant emulator listening on {emulator.BaseUri}");
        Console.WriteLine($"Public key: {key.PublicKey}");
        Console.WriteLine($"Secret key: {key.SecretKey}");
        Console.WriteLine(
            $"Connect-Agilant -BaseUri {emulator.BaseUri} -PublicKey {key.PublicKey} -SecretKey (ConvertTo-SecureString '{key.SecretKey.Replace("'", "''", StringComparison.Ordinal)}' -AsPlainText -Force)");
        if (seeded.Count > 0)
        {
            Console.WriteLine($"Sample tickets: {string.Join(", ", seeded.Select(ticket => ticket.TicketNumber))}");
        }

        if (seededAccount is not null)
        {
            Console.WriteLine($"Sample account: {seededAccount.Id} (send the header Version: 2 to the Account Management API)");
        }

        Console.WriteLine(
            $"Sample orders: {string.Join(", ", emulator.State.Orders.List().Select(order => order.Number))} (GET /order/{{number}} with Version: 2 for the whole order, without for the TOGa Order API's record)");
        if (emulator.Webhooks.Url is { } webhookUrl)
        {
            // Header names only: a header's value may be the receiver's shared secret.
            var headers = commandLine.WebhookHeaders.Count == 0 ? "" : $" with {string.Join(", ", commandLine.WebhookHeaders.Keys)}";
            Console.WriteLine($"Webhooks: POST to {webhookUrl}{headers}");
        }

        if (commandLine.StateFile is { } file)
        {
            Console.WriteLine($"State: {Path.GetFullPath(file)} ({(restoring ? "loaded" : "new")}; saved after every change)");
        }

        if (commandLine.Faults.Count > 0)
        {
            Console.WriteLine($"Faults planned: {commandLine.Faults.Count} (each applies to the requests it matches, then is used up)");
        }

        Console.WriteLine("Press Ctrl+C to stop.");
        Console.Out.Flush();
        await stop.Task;
    }
}
