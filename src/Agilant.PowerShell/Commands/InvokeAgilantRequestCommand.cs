using System;
using System.Management.Automation;
using Agilant.Client.Raw;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    [Cmdlet(VerbsLifecycle.Invoke, "AgilantRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = OnlineHelp.Pages + "Invoke-AgilantRequest.md")]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeAgilantRequestCommand : AgilantApiCmdlet
    {
        private const string DefaultMethod = "GET";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RouteCompleter))]
        public string Route { get; set; } = string.Empty;

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [BlankMeansNotGiven(Default = DefaultMethod)]
        [ValidateSet("GET", "POST", "PUT", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = DefaultMethod;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BlankMeansNotGiven]
        public object? Body { get; set; }

        [Parameter]
        public AgilantApi Api { get; set; }

        protected override void ProcessRecord()
        {
            string method = Method.ToUpperInvariant();
            object? body = PlainObjects.FromPowerShell(Body);
            AgilantApi? api = IsBound(nameof(Api)) ? Api : null;
            try
            {
                // A GET changes nothing, so only the other methods ask -WhatIf and -Confirm.
                if (method != "GET" && !ShouldSend(Route, method, () => RawClient.Request(method, Route, body, api)))
                {
                    return;
                }

                object? answer = Await(token => Client.Raw.SendAsync(method, Route, body, api, token));
                WriteObject(PlainObjects.ToPowerShell(answer));
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, Route, "route");
            }
        }
    }
}
