using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Agilant.Client.Services;
using Agilant.PowerShell.Completion;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>Adds a service to an account (one a call, as the API takes them) and returns it as the API then has it.</summary>
    [Cmdlet(VerbsCommon.New, "AgilantService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ParametersSet, HelpUri = OnlineHelp.Pages + "New-AgilantService.md")]
    [OutputType(typeof(Service))]
    public sealed class NewAgilantServiceCommand : ServiceRowCmdlet
    {
        /// <summary>The lines of each account that rows of this run were matched to or created, so that two alike rows stay two services.</summary>
        private readonly Dictionary<string, HashSet<int>> linesWritten = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);

        /// <summary>The account last read, as it was then: the rows of one account usually come together, and cost one read.</summary>
        private Account? lastRead;
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AccountIdCompleter))]
        public string AccountId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Sku")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ServiceSkuCompleter))]
        public string SkuNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        public DateTime PurchaseDate { get; set; }

        /// <summary>
        /// For a re-run of the same rows: a row that an account's service already holds (the one on its LineNumber, or
        /// without one a service of its SKU with what it asks for) is written with AlreadyThere true instead of being added
        /// again; a LineNumber that holds something else is an error naming the fields that differ.
        /// </summary>
        [Parameter]
        public SwitchParameter Resume { get; set; }

        protected override void ProcessRecord()
        {
            if (!ReadRow())
            {
                return;
            }

            NewService service = ServiceFromRow(SkuNumber, PurchaseDate);
            string problems = string.Join(" ", service.Problems());
            if (problems.Length > 0)
            {
                WriteRowError(problems, RowOr(service));
                return;
            }

            object row = RowOr(service);
            try
            {
                if (Resume && !WhatIfWanted() && WroteAlreadyThere(service))
                {
                    return;
                }

                if (!ShouldSend($"Account {AccountId}", $"Add service {SkuNumber}", () => ServicesClient.CreateRequest(AccountId, service)))
                {
                    return;
                }

                Await(token => Client.Services.CreateAsync(AccountId, service, token));
                Account account = Await(token => Client.Accounts.GetAsync(AccountId, token));
                lastRead = account;
                // The API does not say which line number it gave; the new service is the highest of its SKU.
                Service? added = account.Services
                    .Where(candidate => candidate.SkuNumber == SkuNumber && (LineNumber is null || candidate.LineNumber == LineNumber))
                    .OrderByDescending(candidate => candidate.LineNumber)
                    .FirstOrDefault();
                if (added is not null)
                {
                    LinesWritten(AccountId).Add(added.LineNumber);
                    WriteObject(Resume ? ResumedOutput.Of(added, alreadyThere: false) : added);
                }
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                WriteFailure(failure, row, "account id");
            }
        }

        private bool WroteAlreadyThere(NewService service)
        {
            Account held = lastRead is not null && lastRead.Id == AccountId
                ? lastRead
                : Await(token => Client.Accounts.GetAsync(AccountId, token));
            lastRead = held;
            Service? there = ExistingServices.FindAsAsked(held, service, LinesWritten(AccountId));
            if (there is null)
            {
                return false;
            }

            LinesWritten(AccountId).Add(there.LineNumber);
            WriteObject(ResumedOutput.Of(there, alreadyThere: true));
            return true;
        }

        private HashSet<int> LinesWritten(string accountId)
        {
            if (!linesWritten.TryGetValue(accountId, out HashSet<int>? lines))
            {
                lines = new HashSet<int>();
                linesWritten[accountId] = lines;
            }

            return lines;
        }
    }
}
