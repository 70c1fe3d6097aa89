using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Threading;
using Agilant.Client.Webhooks;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Listens for Agilant's webhooks and writes each as its typed event as it arrives; needs no session and changes
    /// nothing. The listener answers on its own threads; this cmdlet only takes what it handed over, on the pipeline
    /// thread, until -Count events, -TimeoutSec or Ctrl+C, and then frees the port.
    /// </summary>
    [Cmdlet(VerbsCommunications.Receive, "AgilantWebhook", HelpUri = OnlineHelp.Pages + "Receive-AgilantWebhook.md")]
    [OutputType(typeof(TicketStatusChangedEvent), typeof(TicketRepliedEvent), typeof(AccountChangedEvent), typeof(OrderChangedEvent))]
    public sealed class ReceiveAgilantWebhookCommand : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();

        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Prefix { get; set; } = "http://127.0.0.1:8080/agilant/";

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Count { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; }

        [Parameter]
        [ValidateNotNull]
        public SecureString? SharedSecret { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string SharedSecretHeader { get; set; } = "X-Agilant-Secret";

        public void Dispose() => stopping.Dispose();

        protected override void StopProcessing() => stopping.Cancel();

        protected override void EndProcessing()
        {
            if (SharedSecret is { Length: 0 })
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-SharedSecret is empty. Give the secret the sender is configured with, or leave -SharedSecret out."),
                    "Agilant.EmptySharedSecret",
                    ErrorCategory.InvalidArgument,
                    null));
            }

            using (WebhookListener listener = Listen())
            {
                WriteInformation(
                    new HostInformationMessage { Message = $"Listening for Agilant webhooks at {listener.Prefix}; Ctrl+C stops." },
                    new[] { "PSHOST", "Agilant" });
                Receive(listener);
            }
        }

        private WebhookListener Listen()
        {
            try
            {
                return WebhookListener.Start(Prefix, SharedSecret is null ? null : new WebhookSecret(SharedSecretHeader, SharedSecret));
            }
            catch (ArgumentException invalid)
            {
                ThrowTerminatingError(Failure(invalid, "Agilant.InvalidPrefix", ErrorCategory.InvalidArgument,
                    $"'{Prefix}' is not a prefix to listen on: {invalid.Message} Give an http:// or https:// URL with a port and a path, such as http://127.0.0.1:8080/agilant/."));
                throw; // Not reached: ThrowTerminatingError always throws.
            }
            catch (HttpListenerException refused)
            {
                ThrowTerminatingError(Failure(refused, "Agilant.CannotListen", ErrorCategory.ResourceUnavailable, refused.ErrorCode == 5
                    ? $"Windows lets only administrators listen on {Prefix}. Run PowerShell as an administrator, or have one reserve the prefix for you once: netsh http add urlacl url={Prefix} user=$env:USERDOMAIN\\$env:USERNAME"
                    : $"Could not listen on {Prefix}: {refused.Message}. Give -Prefix another port, or stop the program that listens there."));
                throw; // Not reached: ThrowTerminatingError always throws.
            }
        }

        private void Receive(WebhookListener listener)
        {
            var clock = Stopwatch.StartNew();
            TimeSpan limit = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : Timeout.InfiniteTimeSpan;
            int written = 0;
            while (Count == 0 || written < Count)
            {
                TimeSpan wait = limit == Timeout.InfiniteTimeSpan ? limit : Max(limit - clock.Elapsed, TimeSpan.Zero);
                IncomingWebhook? incoming = Next(listener, wait);
                if (incoming is null)
                {
                    WriteVerbose($"Stopped listening after {TimeoutSec} s (-TimeoutSec), with {written} webhook(s) received.");
                    return;
                }

                WriteVerbose($"POST from {incoming.Sender}: answered {incoming.StatusCode}.");
                if (incoming.Event is not null)
                {
                    WriteObject(incoming.Event);
                    written++;
                }
                else
                {
                    WriteError(Refused(incoming, listener.Prefix));
                }
            }
        }

        private IncomingWebhook? Next(WebhookListener listener, TimeSpan wait)
        {
            try
            {
                return listener.Take(wait, stopping.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (HttpListenerException stopped)
            {
                ThrowTerminatingError(Failure(stopped, "Agilant.ListenerStopped", ErrorCategory.ConnectionError,
                    $"{stopped.Message} Run the command again; webhooks sent meanwhile were not received: read back what they are about."));
                throw; // Not reached: ThrowTerminatingError always throws.
            }
        }

        private static ErrorRecord Refused(IncomingWebhook incoming, string prefix)
        {
            if (incoming.Refusal is WebhookSecretMismatchException mismatch)
            {
                return new ErrorRecord(mismatch, "Agilant.WebhookSecretMismatch", ErrorCategory.SecurityError, incoming.Sender)
                {
                    ErrorDetails = new ErrorDetails($"{mismatch.Message} If Agilant sent it, give -SharedSecret the secret its webhook is configured with."),
                };
            }

            Exception invalid = incoming.Refusal!;
            return new ErrorRecord(invalid, "Agilant.InvalidWebhook", ErrorCategory.InvalidData, incoming.Body)
            {
                ErrorDetails = new ErrorDetails(
                    $"{invalid.Message} The POST from {incoming.Sender} was answered {incoming.StatusCode}. Check what posts to {prefix}: only the documented webhooks are taken."),
            };
        }

        private ErrorRecord Failure(Exception failure, string id, ErrorCategory category, string message) =>
            new ErrorRecord(failure, id, category, Prefix) { ErrorDetails = new ErrorDetails(message) };

        private static TimeSpan Max(TimeSpan one, TimeSpan other) => one > other ? one : other;
    }
}
