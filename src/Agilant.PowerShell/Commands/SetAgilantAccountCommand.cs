using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Accounts;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Changes only the fields named on the command line, or in the cells of a piped row (Import-Csv of what Export-Csv
    /// wrote); a piped account gives only its id (<see cref="PipedChangeCmdlet{TKey, TUpdate}"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AgilantAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = nameof(Id), HelpUri = OnlineHelp.Pages + "Set-AgilantAccount.md")]
    [OutputType(typeof(Account))]
    public sealed class SetAgilantAccountCommand : PipedChangeCmdlet<string, AccountUpdate>
    {
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

        protected override string NothingToChange =>
            "Nothing to change: name at least one of -FirstName, -LastName, -EmailAddress, -PhoneNumber, -BusinessName or -NewId.";

        protected override AccountUpdate Changes(ChangeFields given) => new AccountUpdate
        {
            Id = given.Field(nameof(NewId), NewId),
            FirstName = given.Field(nameof(FirstName), FirstName),
            LastName = given.Field(nameof(LastName), LastName),
            EmailAddress = given.Field(nameof(EmailAddress), EmailAddress),
            PhoneNumber = given.Field(nameof(PhoneNumber), PhoneNumber),
            BusinessName = given.Field(nameof(BusinessName), BusinessName),
        };

        protected override bool IsEmpty(AccountUpdate update) => update.IsEmpty;

        protected override void Change(string id, AccountUpdate update, object target) =>
            UpdateRecord(
                $"Account {id}",
                () => AccountsClient.UpdateRequest(id, update),
                token => Client.Accounts.UpdateAsync(id, update, token),
                PassThru,
                token => Client.Accounts.GetAsync(update.Id.HasValue ? update.Id.Value! : id, token),
                target,
                KeyNoun);
    }
}
