using System.Management.Automation;
using Agilant.Client.Orders;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>Removes order items, which pipe in from Get-AgilantOrder; an error names the piped item.</summary>
    [Cmdlet(VerbsCommon.Remove, "AgilantOrderItem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = OnlineHelp.Pages + "Remove-AgilantOrderItem.md")]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantOrderItemCommand : AgilantRowCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OrderNumber")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderNumberCompleter))]
        public string Number { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Sku")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderItemSkuCompleter))]
        public string SkuNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        [ArgumentCompleter(typeof(OrderItemLineCompleter))]
        public int LineNumber { get; set; }

        protected override void ProcessRecord() =>
            ChangeRecord(
                $"Item {SkuNumber} line {LineNumber} of order {Number}",
                "Remove",
                () => OrdersClient.DeleteItemRequest(Number, SkuNumber, LineNumber),
                token => Client.Orders.DeleteItemAsync(Number, SkuNumber, LineNumber, token),
                RowOr($"{Number}/{SkuNumber}/{LineNumber}"),
                "order number, SKU and line number");
    }
}
