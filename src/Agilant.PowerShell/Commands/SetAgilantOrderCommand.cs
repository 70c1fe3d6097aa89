using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Orders;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes the order's contact, loyalty, store, associate and addresses; only what is named is sent. The fields
    /// do not bind from the pipeline (a piped order would send its own values back); the number is read from what is
    /// piped.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(Number), HelpUri = OnlineHelp.Pages + "Set-AgilantOrder.md")]
    [OutputType(typeof(Order))]
    public sealed class SetAgilantOrderCommand : PipedKeyCmdlet<string>
    {
        private OrderUpdate update = new OrderUpdate();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(Number))]
        [Alias("OrderNumber", "TransactionId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderNumberCompleter))]
        public string Number { get; set; } = string.Empty;

        [Parameter]
        public string? FirstName { get; set; }

        [Parameter]
        public string? LastName { get; set; }

        [Parameter]
        [Alias("Email")]
        public string? EmailAddress { get; set; }

        [Parameter]
        [Alias("Phone")]
        public string? PhoneNumber { get; set; }

        [Parameter]
        public string? BusinessName { get; set; }

        [Parameter]
        public string? LoyaltyId { get; set; }

        [Parameter]
        public string? StoreNumber { get; set; }

        [Parameter]
        public string? AssociateId { get; set; }

        [Parameter]
        [AllowNull]
        public object? BillTo { get; set; }

        [Parameter]
        [AllowNull]
        public object? ShipTo { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string KeyParameter => nameof(Number);

        protected override string KeyNoun => "order number";

        protected override IEnumerable<string> NamedKeys => new[] { Number };

        protected override void BeginProcessing()
        {
            try
            {
                update = new OrderUpdate
                {
                    FirstName = Bound(nameof(FirstName), FirstName),
                    LastName = Bound(nameof(LastName), LastName),
                    EmailAddress = Bound(nameof(EmailAddress), EmailAddress),
                    PhoneNumber = Bound(nameof(PhoneNumber), PhoneNumber),
                    BusinessName = Bound(nameof(BusinessName), BusinessName),
                    LoyaltyId = Bound(nameof(LoyaltyId), LoyaltyId),
                    StoreNumber = Bound(nameof(StoreNumber), StoreNumber),
                    AssociateId = Bound(nameof(AssociateId), AssociateId),
                    BillTo = Address(nameof(BillTo), BillTo),
                    ShipTo = Address(nameof(ShipTo), ShipTo),
                };
            }
            catch (ArgumentException invalid)
            {
                ThrowUsageError(invalid.Message, "Agilant.InvalidAddress");
            }

            if (update.IsEmpty)
            {
                ThrowUsageError(
                    "Nothing to change: name at least one of -FirstName, -LastName, -EmailAddress, -PhoneNumber, -BusinessName, -LoyaltyId, -StoreNumber, -AssociateId, -BillTo or -ShipTo. Items change with Set-AgilantOrderItem.",
                    "Agilant.NothingToChange");
            }
        }

        protected override void ProcessKey(string number, object target) =>
            UpdateRecord(
                $"Order {number}",
                () => OrdersClient.UpdateRequest(number, update),
                token => Client.Orders.UpdateAsync(number, update, token),
                PassThru,
                token => Client.Orders.GetAsync(number, token),
                target,
                "order number or transaction id");

        private Optional<AddressUpdate?> Address(string parameter, object? value)
        {
            if (!IsBound(parameter))
            {
                return default;
            }

            return value is null ? new Optional<AddressUpdate?>(null) : AddressValues.From(value, "-" + parameter);
        }
    }
}
