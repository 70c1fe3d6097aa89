using System;
using System.Management.Automation;
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
        private CallsInFlight? inFlight;

        /// <summary>
        /// Abandons any call still in flight (the command ended early, e.g. under Select-Object -First) rather than
        /// leave it running unobserved.
        /// </summary>
        public void Dispose()
        {
            stopping.Cancel();
            stopping.Dispose();
            inFlight?.Dispose();
        }

        protected override void StopProcessing() => stopping.Cancel();

        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>The value of a parameter as a partial-update field: set when the user named the parameter, even to $null.</summary>
        protected Optional<T> Bound<T>(string parameterName, T value) => IsBound(parameterName) ? new Optional<T>(value) : default;

        protected T Await<T>(Func<CancellationToken, Task<T>> call)
        {
            pump ??= new PipelinePump(WriteVerbose, WriteDebug, DebugWanted());
            try
            {
                using (calls.Use())
                {
                    return pump.Run(() => call(stopping.Token));
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Starts a call that runs while the pipeline goes on, so that several can be in flight; Ctrl+C cancels it like
        /// any other. Only <see cref="Finish{T}"/> gives its result, and writes its log.
        /// </summary>
        protected Task<T> Start<T>(Func<CancellationToken, Task<T>> call)
        {
            inFlight ??= new CallsInFlight(WriteVerbose, WriteDebug, DebugWanted());
            using (calls.Use())
            {
                return inFlight.Start(() => call(stopping.Token));
            }
        }

        /// <summary>Waits for a call from <see cref="Start{T}"/> on the pipeline thread and returns its result or throws its failure.</summary>
        protected T Finish<T>(Task<T> started)
        {
            try
            {
                return inFlight!.Finish(started);
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

        private bool DebugWanted()
        {
            if (IsBound("Debug"))
            {
                return DebugSwitchGiven();
            }

            return Enum.TryParse(Convert.ToString(GetVariableValue("DebugPreference")), out ActionPreference preference)
                && preference != ActionPreference.SilentlyContinue
                && preference != ActionPreference.Ignore;
        }
    }
}
