using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantOrder", DefaultParameterSetName = nameof(Number), HelpUri = OnlineHelp.Pages + "Get-AgilantOrder.md")]
    [OutputType(typeof(Order))]
    public sealed class GetAgilantOrderCommand : KeyedGetCmdlet<string>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(Number))]
        [Alias("OrderNumber", "TransactionId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderNumberCompleter))]
        public string[] Number { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter OrderApi { get; set; }

        protected override string KeyParameter => nameof(Number);

        protected override string KeyNoun => "order number";

        protected override IEnumerable<string> NamedKeys => Number;

        protected override void ProcessKey(string number, object target)
        {
            ReadInOrder(
                token => OrderApi ? Client.Orders.GetFlatAsync(number, token) : Client.Orders.GetAsync(number, token),
                WriteObject,
                target,
                "order number or transaction id");
        }
    }
}
