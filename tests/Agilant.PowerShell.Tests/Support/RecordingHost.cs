using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace Agilant.PowerShell.Tests.Support;

/// <summary>
/// A host that keeps the lines written to it: -WhatIf writes to the host alone, never to a stream a script can capture.
/// It answers no prompt, so a test that would stop to ask fails instead of hanging; the question it was asked is kept
/// as a line ("caption: message").
/// </summary>
internal sealed class RecordingHost : PSHost
{
    private readonly RecordingUserInterface ui = new();

    /// <summary>Each line as written, a multi-line text as one entry.</summary>
    public IReadOnlyList<string> Lines => ui.Lines;

    public override string Name => "AgilantTests";

    public override Version Version { get; } = new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode)
    {
    }

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    private sealed class RecordingUserInterface : PSHostUserInterface
    {
        private readonly List<string> lines = new();

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (lines)
                {
                    return lines.ToArray();
                }
            }
        }

        public override PSHostRawUserInterface? RawUI => null;

        public override void WriteLine(string value) => Keep(value);

        public override void Write(string value) => Keep(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Keep(value);

        public override void WriteErrorLine(string value) => Keep(value);

        public override void WriteDebugLine(string message) => Keep(message);

        public override void WriteVerboseLine(string message) => Keep(message);

        public override void WriteWarningLine(string message) => Keep(message);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override string ReadLine() => throw new NotSupportedException("A test host answers no prompt.");

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("A test host answers no prompt.");

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("A test host answers no prompt.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("A test host answers no prompt.");

        public override PSCredential PromptForCredential(
            string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("A test host answers no prompt.");

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Keep(caption + ": " + message);
            throw new NotSupportedException("A test host answers no prompt.");
        }

        private void Keep(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
