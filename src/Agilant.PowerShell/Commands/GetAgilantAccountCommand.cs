using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantAccount", DefaultParameterSetName = nameof(Id), HelpUri = OnlineHelp.Pages + "Get-AgilantAccount.md")]
    [OutputType(typeof(Account))]
    public sealed class GetAgilantAccountCommand : KeyedGetCmdlet<string>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(Id))]
        [Alias("AccountId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        protected override string KeyParameter => nameof(Id);

        protected override string KeyNoun => "account id";

        protected override IEnumerable<string> NamedKeys => Id;

        protected override void ProcessKey(string id, object target)
        {
            ReadInOrder(token => Client.Accounts.GetAsync(id, token), WriteObject, target, KeyNoun);
        }
    }
}
