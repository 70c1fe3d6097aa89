using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Threading.Tasks;
using Agilant.Emulator;

namespace Agilant.PowerShell.Tests.Support;

/// <summary>
/// The real PowerShell engine, in-process, with the built module imported by its manifest. Each Engine is its
/// own runspace. xunit runs test classes in parallel in this one process, so by default each Engine keeps the
/// sessions it connects to its own runspace (Connect-Agilant -Scope Runspace, as a host serving several people
/// would): no test sees another's default session. The tests of the process-wide default make their engines with
/// <c>processWideSessions</c> and run alone, in <see cref="ProcessSessionsCollection"/>.
/// </summary>
internal sealed class Engine : IDisposable
{
    private readonly Runspace runspace;

    /// <param name="host">Where host output (-WhatIf's lines) goes; none keeps nothing.</param>
    /// <param name="types">Type data the runspace starts with, as Update-TypeData (not in the bare engine) would add it.</param>
    public Engine(bool processWideSessions = false, PSHost? host = null, params TypeData[] types)
    {
        InitialSessionState state = InitialSessionState.CreateDefault2();
        foreach (TypeData type in types)
        {
            state.Types.Add(new SessionStateTypeEntry(type, isRemove: false));
        }

        state.ImportPSModule(new[] { ModuleUnderTest.ManifestPath });
        state.ThrowOnRunspaceOpenError = true;
        runspace = host is null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        if (!processWideSessions)
        {
            Run("$PSDefaultParameterValues['Connect-Agilant:Scope'] = 'Runspace'").ShouldHaveNoErrors();
        }
    }

    /// <summary>
    /// A runspace connected to the emulator as $Session, with the keys also at hand as $PublicKey and $SecretKey.
    /// Connect-Agilant's check of the keys is left out of the emulator's journal, which then holds only the test's requests.
    /// </summary>
    public static Engine ConnectedTo(AgilantEmulator emulator, bool processWideSessions = false, PSHost? host = null, params TypeData[] types)
    {
        var engine = new Engine(processWideSessions, host, types);
        engine.Set("BaseUri", emulator.BaseUri);
        engine.Set("PublicKey", emulator.Key.PublicKey);
        engine.Set("SecretKey", Secure(emulator.Key.SecretKey));
        engine.Run("$Session = Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey -RetryIntervalSec 0 -PassThru").ShouldHaveNoErrors();
        emulator.Requests.Clear();
        return engine;
    }

    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (char character in text)
        {
            secure.AppendChar(character);
        }

        return secure;
    }

    public void Set(string name, object? value) => runspace.SessionStateProxy.SetVariable(name, value);

    public object? Get(string name) => runspace.SessionStateProxy.GetVariable(name);

    public ScriptResult Run(string script)
    {
        using var shell = Shell(script);
        return Collect(shell, () => shell.Invoke());
    }

    /// <summary>A shell ready to run the script, for tests that read streams ScriptResult does not keep (progress).</summary>
    public System.Management.Automation.PowerShell Shell(string script)
    {
        var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        return shell;
    }

    /// <summary>Starts a script and returns a handle to stop it with, as Ctrl+C would.</summary>
    public RunningScript Start(string script)
    {
        var shell = Shell(script);
        return new RunningScript(shell, shell.BeginInvoke());
    }

    public void Dispose() => runspace.Dispose();

    internal static ScriptResult Collect(System.Management.Automation.PowerShell shell, Func<IEnumerable<PSObject>> invoke)
    {
        List<PSObject> output = new();
        RuntimeException? terminating = null;
        try
        {
            output.AddRange(invoke().Where(item => item is not null));
        }
        catch (RuntimeException stopped)
        {
            terminating = stopped;
        }

        return new ScriptResult
        {
            Output = output,
            Errors = shell.Streams.Error.ToList(),
            Verbose = shell.Streams.Verbose.Select(record => record.Message).ToList(),
            Debug = shell.Streams.Debug.Select(record => record.Message).ToList(),
            Warnings = shell.Streams.Warning.Select(record => record.Message).ToList(),
            Information = shell.Streams.Information.ToList(),
            Terminating = terminating,
        };
    }
}

internal sealed class RunningScript(System.Management.Automation.PowerShell shell, IAsyncResult pending) : IDisposable
{
    public Task StopAsync() => Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop);

    /// <summary>Completes once the script has written an information record whose text contains <paramref name="text"/>.</summary>
    public Task InformationAsync(string text)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var information = shell.Streams.Information;
        bool Says(int index) => information[index].MessageData?.ToString()?.Contains(text, StringComparison.Ordinal) == true;
        information.DataAdded += (_, added) =>
        {
            if (Says(added.Index))
            {
                written.TrySetResult();
            }
        };

        shell.InvocationStateChanged += (_, changed) =>
        {
            if (changed.InvocationStateInfo.State is not (PSInvocationState.NotStarted or PSInvocationState.Running or PSInvocationState.Stopping))
            {
                written.TrySetException(new InvalidOperationException(
                    $"The script ended ({changed.InvocationStateInfo.State}) without writing '{text}': {changed.InvocationStateInfo.Reason?.Message}{string.Join(" | ", shell.Streams.Error)}"));
            }
        };

        // Looked at after subscribing: a record written before is found here, one written after by the handler.
        if (Enumerable.Range(0, information.Count).Any(Says))
        {
            written.TrySetResult();
        }

        return written.Task;
    }

    public ScriptResult Finish() => Engine.Collect(shell, () => shell.EndInvoke(pending));

    public void Dispose() => shell.Dispose();
}
