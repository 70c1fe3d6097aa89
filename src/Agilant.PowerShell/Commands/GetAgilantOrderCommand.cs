using System;
using System.Management.Automation;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantOrder", HelpUri = OnlineHelp.Pages + "Get-AgilantOrder.md")]
    [OutputType(typeof(Order))]
    public sealed class GetAgilantOrderCommand : AgilantApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OrderNumber", "TransactionId")]
        [ValidateNotNullOrEmpty]
        public string[] Number { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter OrderApi { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string number in Number)
            {
                try
                {
                    WriteObject(OrderApi
                        ? Await(token => Client.Orders.GetFlatAsync(number, token))
                        : Await(token => Client.Orders.GetAsync(number, token)));
                }
                catch (Exception failure) when (IsCallFailure(failure))
                {
                    WriteFailure(failure, number, "order number or transaction id");
                }
            }
        }
    }
}
