using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Security;
using Agilant.Emulator;

// Runs a PowerShell script with the Agilant module against a local emulator: no keys, no network, no pwsh needed.
// Usage: dotnet run --project samples/Agilant.Demo [-- path/to/script.ps1]
string script = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "tickets.ps1");
string manifest = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(item => item.Key == "AgilantModuleManifest").Value!;

await using AgilantEmulator emulator = await AgilantEmulator.StartAsync();
Console.WriteLine($"Emulator at {emulator.BaseUri}; running {script} with the module from {manifest}");
Console.WriteLine();

InitialSessionState state = InitialSessionState.CreateDefault2();
state.ImportPSModule(new[] { manifest });
using Runspace runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
runspace.SessionStateProxy.SetVariable("BaseUri", emulator.BaseUri);
runspace.SessionStateProxy.SetVariable("PublicKey", emulator.Key.PublicKey);
var secret = new SecureString();
foreach (char character in emulator.Key.SecretKey)
{
    secret.AppendChar(character);
}

runspace.SessionStateProxy.SetVariable("SecretKey", secret);

using var shell = PowerShell.Create();
shell.Runspace = runspace;
shell.AddScript(File.ReadAllText(script));
shell.Streams.Error.DataAdded += (_, added) => Console.Error.WriteLine($"ERROR: {shell.Streams.Error[added.Index]}");
var output = new PSDataCollection<PSObject>();
output.DataAdded += (_, added) => Console.WriteLine(PlainText.Of(output[added.Index]));
try
{
    shell.Invoke(null, output);
}
catch (RuntimeException stopped)
{
    Console.Error.WriteLine($"STOPPED: {stopped.Message}");
    return 1;
}

Console.WriteLine($"The emulator answered {emulator.Requests.All.Count} requests.");
return shell.Streams.Error.Count > 0 ? 1 : 0;
