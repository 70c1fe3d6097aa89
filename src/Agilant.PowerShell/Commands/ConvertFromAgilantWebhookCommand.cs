using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Webhooks;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Turns the JSON of webhook requests into their typed events; needs no session. Like ConvertFrom-Json it reads
    /// all its input first, so that a file piped in line by line (Get-Content without -Raw) is one request, while
    /// request bodies piped in one by one stay one event each.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "AgilantWebhook", HelpUri = OnlineHelp.Pages + "ConvertFrom-AgilantWebhook.md")]
    [OutputType(typeof(TicketStatusChangedEvent), typeof(TicketRepliedEvent), typeof(AccountChangedEvent), typeof(OrderChangedEvent))]
    public sealed class ConvertFromAgilantWebhookCommand : AgilantCmdlet
    {
        private readonly List<string> received = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RequestBody", "Body")]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        protected override void ProcessRecord() => received.Add(Json);

        protected override void EndProcessing()
        {
            var one = received.Select(Convert).ToList();
            if (one.Count > 1 && one.Any(outcome => outcome.Failure is not null))
            {
                var joined = Convert(string.Join("\n", received));
                if (joined.Failure is null)
                {
                    one = new List<(string, WebhookEvent?, InvalidWebhookException?)> { joined };
                }
            }

            foreach ((string json, WebhookEvent? converted, InvalidWebhookException? failure) in one)
            {
                if (failure is null)
                {
                    WriteObject(converted);
                }
                else
                {
                    WriteError(new ErrorRecord(failure, "Agilant.InvalidWebhook", ErrorCategory.InvalidData, json)
                    {
                        ErrorDetails = new ErrorDetails($"{failure.Message} Pass the request body exactly as Agilant sent it."),
                    });
                }
            }
        }

        private static (string Json, WebhookEvent? Event, InvalidWebhookException? Failure) Convert(string json)
        {
            try
            {
                return (json, WebhookParser.Parse(json), null);
            }
            catch (InvalidWebhookException invalid)
            {
                return (json, null, invalid);
            }
        }
    }
}
