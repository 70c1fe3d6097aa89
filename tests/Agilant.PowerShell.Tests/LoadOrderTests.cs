using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Agilant beside another vendor's module that ships Microsoft.Extensions.* 6.0 or 9.0 into the default context, in
/// the four load orders, each in a fresh process (tests/Agilant.PwshHost) running tests/StandInModules/Test-LoadOrder.ps1:
/// every module's cmdlet works after both imports, each with its own copies.
/// </summary>
public class LoadOrderTests
{
    public static TheoryData<string, bool> Orders => new()
    {
        { "StandIn6", true },
        { "StandIn6", false },
        { "StandIn9", true },
        { "StandIn9", false },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Each_module_works_with_its_own_copies_whichever_is_imported_first(string standIn, bool standInFirst)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        string standInPath = ModuleUnderTest.StandInModule(standIn);
        string[] order = standInFirst ? [standInPath, ModuleUnderTest.ManifestPath] : [ModuleUnderTest.ManifestPath, standInPath];

        using JsonDocument report = JsonDocument.Parse(await RunInFreshProcessAsync(emulator, order));

        var steps = report.RootElement.GetProperty("Steps").EnumerateArray().ToList();
        Assert.Equal(5, steps.Count);
        Assert.All(steps, step => Assert.True(step.GetProperty("Succeeded").GetBoolean(), $"{step.GetProperty("Action")} {step.GetProperty("Module")}: {step.GetProperty("Error")}"));
        var uses = steps.Where(step => step.GetProperty("Action").GetString() != "Import").ToList();
        Assert.All(uses.Where(step => step.GetProperty("Module").GetString() == "Agilant"), step => Assert.Equal("Load order", step.GetProperty("Result").GetProperty("Subject").GetString()));
        Assert.All(uses.Where(step => step.GetProperty("Module").GetString() == standIn), step =>
        {
            JsonElement result = step.GetProperty("Result");
            Assert.Equal(401, result.GetProperty("StatusCode").GetInt32());
            Assert.Equal(standIn == "StandIn6" ? "6.0.0.0" : "9.0.0.0", result.GetProperty("DependencyInjection").GetString());
            Assert.StartsWith(Path.GetDirectoryName(standInPath)!, result.GetProperty("DependencyInjectionPath").GetString(), StringComparison.Ordinal);
        });

        var agilantCopies = report.RootElement.GetProperty("Extensions").EnumerateArray()
            .Where(assembly => assembly.GetProperty("Location").GetString()!.StartsWith(ModuleUnderTest.ModuleDirectory, StringComparison.Ordinal))
            .ToList();
        Assert.Contains(agilantCopies, assembly => assembly.GetProperty("Name").GetString() == "Microsoft.Extensions.DependencyInjection" && assembly.GetProperty("Version").GetString() == "8.0.0.0");
        Assert.All(agilantCopies, assembly => Assert.Equal("Agilant", assembly.GetProperty("Context").GetString()));
    }

    private static async Task<string> RunInFreshProcessAsync(AgilantEmulator emulator, string[] order)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { ModuleUnderTest.PwshHost, Path.Combine(ModuleUnderTest.RepoRoot, "tests", "StandInModules", "Test-LoadOrder.ps1") }.Concat(order))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AGILANT_BASE_URI"] = emulator.BaseUri.ToString();
        start.Environment["AGILANT_PUBLIC_KEY"] = emulator.Key.PublicKey;
        start.Environment["AGILANT_SECRET_KEY"] = emulator.Key.SecretKey;
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"The host exited with {process.ExitCode}: {await errors}");
        return output;
    }
}
