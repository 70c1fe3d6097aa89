using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.Client.Accounts;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Remove, "AgilantAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = nameof(Id), HelpUri = OnlineHelp.Pages + "Remove-AgilantAccount.md")]
    [OutputType(typeof(void))]
    public sealed class RemoveAgilantAccountCommand : PipedKeyCmdlet<string>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(Id))]
        [Alias("AccountId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        protected override string KeyParameter => nameof(Id);

        protected override string KeyNoun => "account id";

        protected override IEnumerable<string> NamedKeys => Id;

        protected override void ProcessKey(string id, object target) =>
            ChangeRecord(
                $"Account {id}",
                "Delete the account and cancel its outstanding subscriptions",
                () => AccountsClient.DeleteRequest(id),
                token => Client.Accounts.DeleteAsync(id, token),
                target,
                KeyNoun);
    }
}
