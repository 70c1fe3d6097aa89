using System.Management.Automation;
using Agilant.Client.Webhooks;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>Turns the JSON of a webhook request into its typed event; needs no session.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "AgilantWebhook")]
    [OutputType(typeof(TicketStatusChangedEvent), typeof(TicketRepliedEvent), typeof(AccountChangedEvent), typeof(OrderChangedEvent))]
    public sealed class ConvertFromAgilantWebhookCommand : AgilantCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RequestBody", "Body")]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            try
            {
                WriteObject(WebhookParser.Parse(Json));
            }
            catch (InvalidWebhookException invalid)
            {
                WriteError(new ErrorRecord(invalid, "Agilant.InvalidWebhook", ErrorCategory.InvalidData, Json)
                {
                    ErrorDetails = new ErrorDetails($"{invalid.Message} Pass the request body exactly as Agilant sent it."),
                });
            }
        }
    }
}
