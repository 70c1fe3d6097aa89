using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Orders;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes the order's contact, loyalty, store, associate and addresses; only what is named is sent, on the command
    /// line or in the cells of a piped row (Import-Csv of what Export-Csv wrote). A piped order gives only its number
    /// (<see cref="PipedChangeCmdlet{TKey, TUpdate}"/>). An address cell is Export-Csv's readable summary, not read back:
    /// addresses change with -BillTo and -ShipTo.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(Number), HelpUri = OnlineHelp.Pages + "Set-AgilantOrder.md")]
    [OutputType(typeof(Order))]
    public sealed class SetAgilantOrderCommand : PipedChangeCmdlet<string, OrderUpdate>
    {
        private Optional<AddressUpdate?> billTo;
        private Optional<AddressUpdate?> shipTo;

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

        protected override string NothingToChange =>
            "Nothing to change: name at least one of -FirstName, -LastName, -EmailAddress, -PhoneNumber, -BusinessName, -LoyaltyId, -StoreNumber, -AssociateId, -BillTo or -ShipTo. Items change with Set-AgilantOrderItem.";

        protected override void BeginProcessing()
        {
            try
            {
                billTo = Address(nameof(BillTo), BillTo);
                shipTo = Address(nameof(ShipTo), ShipTo);
            }
            catch (ArgumentException invalid)
            {
                ThrowUsageError(invalid.Message, "Agilant.InvalidAddress");
            }

            base.BeginProcessing();
        }

        protected override OrderUpdate Changes(ChangeFields given) => new OrderUpdate
        {
            FirstName = given.Field(nameof(FirstName), FirstName),
            LastName = given.Field(nameof(LastName), LastName),
            EmailAddress = given.Field(nameof(EmailAddress), EmailAddress),
            PhoneNumber = given.Field(nameof(PhoneNumber), PhoneNumber),
            BusinessName = given.Field(nameof(BusinessName), BusinessName),
            LoyaltyId = given.Field(nameof(LoyaltyId), LoyaltyId),
            StoreNumber = given.Field(nameof(StoreNumber), StoreNumber),
            AssociateId = given.Field(nameof(AssociateId), AssociateId),
            BillTo = billTo,
            ShipTo = shipTo,
        };

        protected override bool IsEmpty(OrderUpdate update) => update.IsEmpty;

        protected override void Change(string number, OrderUpdate update, object target) =>
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
