using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client;
using Agilant.Client.Accounts;
using Agilant.PowerShell.Infrastructure;

namespace Agilant.PowerShell.Commands
{
    /// <summary>
    /// Creates accounts from parameters or from rows (Import-Csv), sent as POST /account batches, several in flight at
    /// once. Every row ends as an account written to the output or as an error whose target is that row, in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AgilantAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ParametersSet, HelpUri = OnlineHelp.Pages + "New-AgilantAccount.md")]
    [OutputType(typeof(Account))]
    public sealed class NewAgilantAccountCommand : ServiceRowCmdlet
    {
        private const int ProgressId = 1;
        private const string Activity = "Creating Agilant accounts";
        private static readonly IReadOnlyDictionary<string, AccountRead> NoneReadBack = new Dictionary<string, AccountRead>();

        private readonly List<(NewAccount Account, object Row)> pending = new List<(NewAccount, object)>();
        private readonly Queue<SentBatch> inFlight = new Queue<SentBatch>();
        private readonly HashSet<string> idsSeen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Stopwatch sending = new Stopwatch();
        private bool serverAnswered;
        private bool? verboseWanted;
        private int sent;
        private int created;
        private int alreadyThere;
        private int failed;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("AccountId")]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        public string FirstName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        public string LastName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Email")]
        public string EmailAddress { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Phone")]
        [BlankMeansNotGiven]
        public string? PhoneNumber { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Business", "Company")]
        [BlankMeansNotGiven]
        public string? BusinessName { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [Alias("Sku")]
        [BlankMeansNotGiven]
        public string? SkuNumber { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [Parameter(ParameterSetName = RowSet)]
        [BlankMeansNotGiven]
        public DateTime? PurchaseDate { get; set; }

        [Parameter]
        public object[]? Service { get; set; }

        [Parameter]
        [ValidateRange(1, 1000)]
        public int BatchSize { get; set; } = 100;

        /// <summary>
        /// How many batches may be in flight at once. The first batch goes alone, so that a server that cannot be
        /// reached or refuses the keys costs one batch; then up to this many go together.
        /// </summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>
        /// Reads every created account back (one GET each, several at a time, after each batch), so that the output
        /// has what only the server knows: Status, CreateDate and each service's Status.
        /// </summary>
        [Parameter]
        public SwitchParameter ReadBack { get; set; }

        /// <summary>
        /// For a re-run of the same rows: a row whose id exists and whose account holds what the row asks for is written
        /// with AlreadyThere true instead of failing as a duplicate; one whose account differs fails naming the fields.
        /// </summary>
        [Parameter]
        public SwitchParameter Resume { get; set; }

        private int Window => serverAnswered ? ThrottleLimit : 1;

        [MethodImpl(HotPath.Optimized)]
        protected override void ProcessRecord()
        {
            if (!ReadRow())
            {
                failed++;
                return;
            }

            object row = RowOr(Id);
            string? problem = ProblemsOf(out NewAccount? account);
            if (problem is not null)
            {
                failed++;
                WriteRowError(problem, row);
                return;
            }

            pending.Add((account!, row));
            if (pending.Count >= BatchSize)
            {
                SendPending();
            }

            while (inFlight.Count > 0 && inFlight.Peek().Settling.IsCompleted)
            {
                WriteOutcomes(inFlight.Dequeue());
            }
        }

        protected override void EndProcessing()
        {
            SendPending();
            while (inFlight.Count > 0)
            {
                WriteOutcomes(inFlight.Dequeue());
            }

            if (sent > 0)
            {
                WriteProgress(new ProgressRecord(ProgressId, Activity, Summary()) { RecordType = ProgressRecordType.Completed });
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private string? ProblemsOf(out NewAccount? account)
        {
            account = null;
            int fromRow = string.IsNullOrWhiteSpace(SkuNumber) ? 0 : 1;
            object[] given = Service ?? Array.Empty<object>();
            var services = new NewService[fromRow + given.Length];
            if (fromRow == 1)
            {
                if (PurchaseDate is null)
                {
                    return $"PurchaseDate is required with SkuNumber '{SkuNumber}'.";
                }

                services[0] = ServiceFromRow(SkuNumber!, PurchaseDate.Value);
            }

            try
            {
                for (int i = 0; i < given.Length; i++)
                {
                    services[fromRow + i] = ServiceValues.From(given[i]);
                }
            }
            catch (ArgumentException unreadable)
            {
                return unreadable.Message;
            }

            account = new NewAccount(Id.Trim(), FirstName.Trim(), LastName.Trim(), EmailAddress.Trim())
            {
                PhoneNumber = Blank(PhoneNumber),
                BusinessName = Blank(BusinessName),
                Services = services.Length == 0 ? null : services,
            };
            IReadOnlyList<string> problems = account.Problems();
            if (problems.Count > 0)
            {
                return string.Join(" ", problems);
            }

            account.NumberServices();

            return idsSeen.Add(account.Id) ? null : $"Id '{account.Id}' comes twice in the input; only its first row is sent.";
        }

        /// <summary>
        /// Sends the pending accounts as one batch, once there is room among the batches in flight; the outcomes of the
        /// batches sent before are written first, so that the output keeps the input's order.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void SendPending()
        {
            if (pending.Count == 0)
            {
                return;
            }

            (NewAccount Account, object Row)[] batch = pending.ToArray();
            pending.Clear();
            if (!ShouldCreate(batch))
            {
                return;
            }

            while (inFlight.Count >= Window)
            {
                WriteOutcomes(inFlight.Dequeue());
            }

            AccountsClient accounts = Client.Accounts;
            var toSend = new NewAccount[batch.Length];
            for (int i = 0; i < batch.Length; i++)
            {
                toSend[i] = batch[i].Account;
            }

            bool readBack = ReadBack.IsPresent;
            bool resume = Resume.IsPresent;
            sending.Start();
            sent += batch.Length;
            WriteProgress(new ProgressRecord(ProgressId, Activity, $"Sending {batch.Length} accounts. {Summary()}"));
            // Settled on the thread pool from the start: serializing a batch never holds up reading the next rows.
            inFlight.Enqueue(new SentBatch(batch, Start(token => Task.Run(() => SettleAsync(accounts, toSend, readBack, resume, token), token))));
        }

        /// <summary>
        /// Asks once per batch (-WhatIf lists every account of it; -Confirm asks for the batch as a whole, and
        /// -BatchSize 1 asks account by account), rather than once per row: a bulk import then costs a question per
        /// request sent, and a "No" skips exactly the accounts of one request.
        /// </summary>
        private bool ShouldCreate((NewAccount Account, object Row)[] batch)
        {
            if (WhatIfWanted())
            {
                ShowBatch(batch);
                return false;
            }

            if (batch.Length == 1)
            {
                return ShouldProcess(Describe(batch[0].Account), "Create");
            }

            string question = $"Create the {batch.Length} accounts of this batch, {Describe(batch[0].Account)} to {Describe(batch[batch.Length - 1].Account)}?";
            return ShouldProcess((verboseWanted ??= PreferenceWanted("Verbose")) ? AccountList(batch) : question, question, $"Create {batch.Length} accounts");
        }

        /// <summary>
        /// What -Verbose writes for a batch: every account in it. Only -Verbose shows it (-Confirm asks the question,
        /// -WhatIf is shown by <see cref="ShowBatch"/>), so it is made only then: listing every batch cost a bulk import
        /// a few per cent.
        /// </summary>
        private static string AccountList((NewAccount Account, object Row)[] batch)
        {
            var list = new StringBuilder($"Creating {batch.Length} accounts:");
            foreach ((NewAccount account, _) in batch)
            {
                list.AppendLine().Append("  ").Append(Describe(account));
            }

            return list.ToString();
        }

        /// <summary>
        /// Under -WhatIf, one line per batch with its row count and where it would go, and under -Verbose the body of
        /// it, as the client builds the POST.
        /// </summary>
        private void ShowBatch((NewAccount Account, object Row)[] batch)
        {
            var accounts = new NewAccount[batch.Length];
            for (int i = 0; i < batch.Length; i++)
            {
                accounts[i] = batch[i].Account;
            }

            AgilantRequest request = AccountsClient.CreateRequest(accounts);
            string ids = batch.Length == 1 ? accounts[0].Id : $"{accounts[0].Id} to {accounts[batch.Length - 1].Id}";
            ShouldProcess($"Creating {batch.Length} account{(batch.Length == 1 ? string.Empty : "s")}, {ids}: {RequestLine(request)}", null, null);
            WriteVerbose(DescribeRequest(request));
        }

        private static string Describe(NewAccount account) => $"Account {account.Id} ({account.FirstName} {account.LastName})";

        private static async Task<SettledBatch> SettleAsync(AccountsClient accounts, IReadOnlyList<NewAccount> batch, bool readBack, bool resume, CancellationToken token)
        {
            IReadOnlyList<AccountCreation> outcomes = resume
                ? await accounts.ResumeManyAsync(batch, token).ConfigureAwait(false)
                : await accounts.CreateManyAsync(batch, token).ConfigureAwait(false);
            if (!readBack)
            {
                return new SettledBatch(outcomes, NoneReadBack);
            }

            var ids = new List<string>(outcomes.Count);
            foreach (AccountCreation outcome in outcomes)
            {
                if (outcome.Created)
                {
                    ids.Add(outcome.Account.Id);
                }
            }

            var readBackById = new Dictionary<string, AccountRead>(StringComparer.Ordinal);
            foreach (AccountRead read in await accounts.ReadManyAsync(ids, token).ConfigureAwait(false))
            {
                readBackById[read.Id] = read;
            }

            return new SettledBatch(outcomes, readBackById);
        }

        /// <summary>Waits for the oldest batch in flight and writes what became of each of its rows, in order.</summary>
        [MethodImpl(HotPath.Optimized)]
        private void WriteOutcomes(SentBatch batch)
        {
            SettledBatch settled;
            try
            {
                settled = Finish(batch.Settling);
            }
            catch (Exception failure) when (IsCallFailure(failure))
            {
                // Only what every account would meet (refused keys) escapes a batch's settling: the first row's error stops the command.
                foreach ((_, object row) in batch.Rows)
                {
                    failed++;
                    WriteFailure(failure, row, "account id");
                }

                return;
            }

            IReadOnlyList<AccountCreation> outcomes = settled.Outcomes;
            for (int i = 0; i < outcomes.Count; i++)
            {
                AccountCreation outcome = outcomes[i];
                if (outcome.AlreadyThere is not null)
                {
                    alreadyThere++;
                    serverAnswered = true;
                    WriteObject(ResumedOutput.Of(outcome.AlreadyThere, alreadyThere: true));
                }
                else if (outcome.Created)
                {
                    created++;
                    serverAnswered = true;
                    if (outcome.FoundAfterUncertainAttempt)
                    {
                        WriteVerbose($"Account {outcome.Account.Id} was created by an attempt whose answer was lost or unreadable; reading it back showed it as sent.");
                    }

                    Account account = HeldOrSent(outcome.Account, settled.ReadBack);
                    WriteObject(Resume ? ResumedOutput.Of(account, alreadyThere: false) : account);
                }
                else
                {
                    failed++;
                    serverAnswered |= outcome.Failure is AgilantApiException;
                    WriteFailure(outcome.Failure!, batch.Rows[i].Row, "account id");
                }
            }

            WriteProgress(new ProgressRecord(ProgressId, Activity, Summary()));
        }

        [MethodImpl(HotPath.Optimized)]
        private Account HeldOrSent(NewAccount account, IReadOnlyDictionary<string, AccountRead> readBack)
        {
            if (!readBack.TryGetValue(account.Id, out AccountRead? read))
            {
                return AsAccount(account);
            }

            if (read.Account is not null)
            {
                return read.Account;
            }

            WarnNotReadBack($"Account {account.Id} was created", "reading it back failed: " + read.Failure!.Message, $"Get-AgilantAccount {account.Id}");
            return AsAccount(account);
        }

        private string Summary()
        {
            double seconds = sending.Elapsed.TotalSeconds;
            string rate = seconds > 0 ? $", {sent / seconds:0} accounts/s" : string.Empty;
            string resumed = Resume ? $", {alreadyThere} already there" : string.Empty;
            return $"{sent} sent, {created} created{resumed}, {failed} failed{rate}";
        }

        [MethodImpl(HotPath.Optimized)]
        private static Account AsAccount(NewAccount account)
        {
            var asAccount = new Account
            {
                Id = account.Id,
                FirstName = account.FirstName,
                LastName = account.LastName,
                EmailAddress = account.EmailAddress,
                PhoneNumber = account.PhoneNumber,
                BusinessName = account.BusinessName,
            };
            IReadOnlyList<NewService> sentServices = account.Services ?? Array.Empty<NewService>();
            for (int i = 0; i < sentServices.Count; i++)
            {
                NewService service = sentServices[i];
                asAccount.Services.Add(new Service
                {
                    AccountId = account.Id,
                    LineNumber = service.LineNumber!.Value,
                    SkuNumber = service.SkuNumber,
                    PurchaseDate = service.PurchaseDate,
                    CancellationDate = service.CancellationDate,
                    RenewalDate = service.RenewalDate,
                    ExpirationDate = service.ExpirationDate,
                    StoreNumber = service.StoreNumber,
                    AssociateId = service.AssociateId,
                    TransactionId = service.TransactionId,
                    InvoiceNumber = service.InvoiceNumber,
                    Comment = service.Comment,
                });
            }

            return asAccount;
        }

        /// <summary>A batch sent and still to be written: its rows, and the task that settles them.</summary>
        private sealed class SentBatch
        {
            public SentBatch((NewAccount Account, object Row)[] rows, Task<SettledBatch> settling)
            {
                Rows = rows;
                Settling = settling;
            }

            public (NewAccount Account, object Row)[] Rows { get; }

            public Task<SettledBatch> Settling { get; }
        }

        private sealed class SettledBatch
        {
            public SettledBatch(IReadOnlyList<AccountCreation> outcomes, IReadOnlyDictionary<string, AccountRead> readBack)
            {
                Outcomes = outcomes;
                ReadBack = readBack;
            }

            public IReadOnlyList<AccountCreation> Outcomes { get; }

            public IReadOnlyDictionary<string, AccountRead> ReadBack { get; }
        }
    }
}
