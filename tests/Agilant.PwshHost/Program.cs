using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

// Runs a script file as `pwsh -NoProfile -File <script> <arguments>` would, with the utility cmdlets of the
// PowerShell SDK: prints each output object as text and every error to stderr; exits 1 when there was an error.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Agilant.PwshHost <script.ps1> [argument ...]");
    return 2;
}

using var shell = PowerShell.Create(InitialSessionState.CreateDefault2());
shell.AddCommand(args[0]);
foreach (string argument in args.Skip(1))
{
    shell.AddArgument(argument);
}

try
{
    foreach (PSObject item in shell.Invoke())
    {
        Console.WriteLine(item?.ToString());
    }
}
catch (RuntimeException stopped)
{
    Console.Error.WriteLine(stopped.ErrorRecord);
    return 1;
}

foreach (ErrorRecord error in shell.Streams.Error)
{
    Console.Error.WriteLine(error);
}

return shell.HadErrors ? 1 : 0;
