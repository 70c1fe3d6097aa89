using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Orders;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes the quantity, paid and returned flags of order items. Items of one order that arrive one after another
    /// travel in one PUT /order/{n}, not one each: the API changes items only through their order. When that PUT
    /// fails, each of its items is an error naming the piped item.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantOrderItem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = OnlineHelp.Pages + "Set-AgilantOrderItem.md")]
    [OutputType(typeof(OrderItem))]
    public sealed class SetAgilantOrderItemCommand : AgilantRowCmdlet
    {
        private readonly List<(OrderItemUpdate Change, object Target)> pending = new List<(OrderItemUpdate, object)>();
        private string? pendingOrder;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OrderNumber")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderNumberCompleter))]
        public string Number { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        [ArgumentCompleter(typeof(OrderItemLineCompleter))]
        public int LineNumber { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Quantity { get; set; }

        [Parameter]
        public bool Paid { get; set; }

        [Parameter]
        public bool Returned { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (Change(1).IsEmpty)
            {
                ThrowUsageError("Nothing to change: name at least one of -Quantity, -Paid or -Returned.", "Agilant.NothingToChange");
            }
        }

        protected override void ProcessRecord()
        {
            // Under -WhatIf the items are gathered all the same, so that the PUT their order would send can be shown.
            if (!ShouldProcess($"Item line {LineNumber} of order {Number}", "Update") && !WhatIfWanted())
            {
                return;
            }

            if (pendingOrder is not null && pendingOrder != Number)
            {
                SendPending();
            }

            pendingOrder = Number;
            pending.Add((Change(LineNumber), RowOr($"{Number} line {LineNumber}")));
        }

        protected override void EndProcessing() => SendPending();

        private void SendPending()
        {
            if (pendingOrder is null)
            {
                return;
            }

            string number = pendingOrder;
            var items = pending.ToList();
            pendingOrder = null;
            pending.Clear();
            var update = new OrderUpdate { Items = items.Select(item => item.Change).ToList() };
            try
            {
                if (WhatIfWanted())
                {
                    // Each item was asked for above; this shows the one request that carries them.
                    ShouldSend($"Order {number}", $"Update {items.Count} item(s)", () => OrdersClient.UpdateRequest(number, update));
                    return;
                }

                Await(token => Client.Orders.UpdateAsync(number, update, token));
                if (PassThru)
                {
                    Order order = Await(token => Client.Orders.GetAsync(number, token));
                    WriteObject(order.Items.Where(item => items.Any(changed => changed.Change.LineNumber == item.LineNumber)), enumerateCollection: true);
                }
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                foreach ((OrderItemUpdate _, object target) in items)
                {
                    WriteFailure(failure, target, "order number and line number");
                }
            }
        }

        private OrderItemUpdate Change(int lineNumber) => new OrderItemUpdate(lineNumber)
        {
            Quantity = Bound<int?>(nameof(Quantity), Quantity),
            Paid = Bound<bool?>(nameof(Paid), Paid),
            Returned = Bound<bool?>(nameof(Returned), Returned),
        };
    }
}
