using System;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// What every Agilant cmdlet shares: Ctrl+C cancels the call under way, calls are awaited on the pipeline
    /// thread with their log written as Verbose and Debug, and failures become well-formed errors.
    /// </summary>
    public abstract class AgilantCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();

        // One per invocation: once the server cannot be reached, the rest of this pipeline's records are not attempted.
        private readonly AgilantCallScope calls = new AgilantCallScope();
        private PipelinePump? pump;

        public void Dispose()
        {
            // Calls still in flight when a command ends early (a terminating error, Ctrl+C) are abandoned, not awaited.
            stopping.Cancel();
            stopping.Dispose();
            pump?.Dispose();
        }

        protected override void StopProcessing() => stopping.Cancel();

        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>The value of a parameter as a partial-update field: set when the user named the parameter, even to $null.</summary>
        protected Optional<T> Bound<T>(string parameterName, T value) => IsBound(parameterName) ? new Optional<T>(value) : default;

        /// <summary>Runs a call and waits for it on the pipeline thread.</summary>
        protected T Await<T>(Func<CancellationToken, Task<T>> call) => Finish(Start(call));

        /// <summary>Starts a call without waiting for it, so that several can be in flight; <see cref="Finish{T}"/> waits for each.</summary>
        [MethodImpl(HotPath.Optimized)]
        protected Task<T> Start<T>(Func<CancellationToken, Task<T>> call)
        {
            pump ??= new PipelinePump(WriteVerbose, WriteDebug, PreferenceWanted("Verbose"), PreferenceWanted("Debug"));
            using (calls.Use())
            {
                return pump.Start(call, stopping.Token);
            }
        }

        /// <summary>Waits on the pipeline thread for a call <see cref="Start{T}"/> began; Ctrl+C stops the wait at once.</summary>
        [MethodImpl(HotPath.Optimized)]
        protected T Finish<T>(Task<T> call)
        {
            try
            {
                return pump!.Wait(call);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Await(Func<CancellationToken, Task> call) =>
            Await(async token =>
            {
                await call(token).ConfigureAwait(false);
                return true;
            });

        /// <summary>
        /// Whether an exception is a call that failed for this record: the API's answer, or an id that cannot be put
        /// in a route. Anything else is a defect and must not pass for a record's failure.
        /// </summary>
        protected static bool IsCallFailure(Exception exception) => exception is AgilantException || exception is ArgumentException;

        /// <summary>Reports a failed record and lets the pipeline go on, unless the failure would recur for every record.</summary>
        /// <param name="failure">What went wrong.</param>
        /// <param name="target">The input record.</param>
        /// <param name="subject">What names the record, e.g. "ticket number".</param>
        protected void WriteFailure(Exception failure, object? target, string subject)
        {
            ErrorRecord record = Failures.ToErrorRecord(failure, target, subject);
            if (Failures.FailsEveryRecord(failure))
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>
        /// Writes a Verbose line, or a Debug line when -Debug is given without -Verbose: PowerShell then sets a
        /// compiled cmdlet's verbose preference to Inquire, which would stop at every line to ask, and fail in a
        /// non-interactive session. The line is not lost: -Debug shows it with the rest of the call's log.
        /// </summary>
        protected new void WriteVerbose(string text)
        {
            if (DebugSwitchGiven() && !IsBound("Verbose"))
            {
                WriteDebug(text);
            }
            else
            {
                base.WriteVerbose(text);
            }
        }

        protected void ThrowUsageError(string message, string id, object? target = null) =>
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), id, ErrorCategory.InvalidArgument, target));

        private bool DebugSwitchGiven() =>
            MyInvocation.BoundParameters.TryGetValue("Debug", out object? debug) && debug is SwitchParameter { IsPresent: true };

        /// <summary>Whether the Verbose or Debug stream would show anything: the switch when given, else the preference variable.</summary>
        [MethodImpl(HotPath.Optimized)]
        protected bool PreferenceWanted(string stream)
        {
            if (MyInvocation.BoundParameters.TryGetValue(stream, out object? given))
            {
                return given is SwitchParameter { IsPresent: true };
            }

            return LanguagePrimitives.TryConvertTo(GetVariableValue(stream + "Preference"), out ActionPreference preference)
                && preference != ActionPreference.SilentlyContinue
                && preference != ActionPreference.Ignore;
        }
    }
}
