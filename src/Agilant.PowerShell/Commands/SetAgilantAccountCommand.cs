using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Accounts;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes only the fields named on the command line. They do not bind from the pipeline: a piped account
    /// would otherwise send all its fields back, blanks included. The id is read from what is piped, so accounts pipe in.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(Id), HelpUri = OnlineHelp.Pages + "Set-AgilantAccount.md")]
    [OutputType(typeof(Account))]
    public sealed class SetAgilantAccountCommand : PipedKeyCmdlet<string>
    {
        private AccountUpdate update = new AccountUpdate();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(Id))]
        [Alias("AccountId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string Id { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? NewId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? FirstName { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? LastName { get; set; }

        [Parameter]
        [Alias("Email")]
        [ValidateNotNullOrEmpty]
        public string? EmailAddress { get; set; }

        [Parameter]
        [Alias("Phone")]
        public string? PhoneNumber { get; set; }

        [Parameter]
        public string? BusinessName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override string KeyParameter => nameof(Id);

        protected override string KeyNoun => "account id";

        protected override IEnumerable<string> NamedKeys => new[] { Id };

        protected override void BeginProcessing()
        {
            update = new AccountUpdate
            {
                Id = Bound(nameof(NewId), NewId),
                FirstName = Bound(nameof(FirstName), FirstName),
                LastName = Bound(nameof(LastName), LastName),
                EmailAddress = Bound(nameof(EmailAddress), EmailAddress),
                PhoneNumber = Bound(nameof(PhoneNumber), PhoneNumber),
                BusinessName = Bound(nameof(BusinessName), BusinessName),
            };
            if (update.IsEmpty)
            {
                ThrowUsageError(
                    "Nothing to change: name at least one of -FirstName, -LastName, -EmailAddress, -PhoneNumber, -BusinessName or -NewId.",
                    "Agilant.NothingToChange");
            }
        }

        protected override void ProcessKey(string id, object target) =>
            UpdateRecord(
                $"Account {id}",
                () => AccountsClient.UpdateRequest(id, update),
                token => Client.Accounts.UpdateAsync(id, update, token),
                PassThru,
                token => Client.Accounts.GetAsync(NewId ?? id, token),
                target,
                KeyNoun);
    }
}
