using System;
using System.Collections.Generic;
using System.Management.Automation;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsCommon.Get, "AgilantAgentLink", DefaultParameterSetName = nameof(AccountId), HelpUri = OnlineHelp.Pages + "Get-AgilantAgentLink.md")]
    [OutputType(typeof(AgentLink))]
    public sealed class GetAgilantAgentLinkCommand : KeyedGetCmdlet<string>
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = nameof(AccountId))]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string[] AccountId { get; set; } = Array.Empty<string>();

        protected override string KeyParameter => nameof(AccountId);

        protected override string KeyNoun => "account id";

        protected override IEnumerable<string> NamedKeys => AccountId;

        protected override void ProcessKey(string id, object target)
        {
            ReadInOrder(token => Client.Accounts.GetAgentLinkAsync(id, token), WriteObject, target, KeyNoun);
        }
    }
}
