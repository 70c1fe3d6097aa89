using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client.Accounts
{
    /// <summary>
    /// Settles one batch of new accounts so that every account ends created or failed with its own reason, none is
    /// lost and none is created twice.
    /// <list type="bullet">
    /// <item>A batch refused with 400 is split in halves until the bad accounts stand alone.</item>
    /// <item>A 422 is checked, never believed blindly: the accounts it names (or, failing that, the halves) are read
    /// back. An account that exists is a duplicate, unless an earlier attempt of the same call may have been applied
    /// and the account reads exactly as sent: then that attempt created it.</item>
    /// <item>When resuming a run, an account the 422 names that holds what its row asks for is already there, not a
    /// duplicate; one that holds something else fails naming the fields that differ.</item>
    /// <item>A batch whose every attempt went unanswered, or whose success came with an answer that cannot be read, is read
    /// back the same way, until the server cannot be reached.</item>
    /// </list>
    /// </summary>
    internal sealed class AccountBatch
    {
        private readonly AccountsClient accounts;
        private readonly IReadOnlyList<NewAccount> rows;
        private readonly AccountCreation?[] outcomes;
        private readonly bool resume;

        public AccountBatch(AccountsClient accounts, IReadOnlyList<NewAccount> rows, bool resume)
        {
            this.accounts = accounts;
            this.rows = rows;
            this.resume = resume;
            outcomes = new AccountCreation?[rows.Count];
        }

        public async Task<IReadOnlyList<AccountCreation>> SettleAsync(CancellationToken cancellationToken)
        {
            await SettleAsync(Enumerable.Range(0, rows.Count).ToList(), cancellationToken).ConfigureAwait(false);
            return outcomes.Select(outcome => outcome!).ToList();
        }

        private async Task SettleAsync(IReadOnlyList<int> part, CancellationToken cancellationToken)
        {
            if (part.Count == 0)
            {
                return;
            }

            try
            {
                await accounts.CreateAsync(part.Select(index => rows[index]).ToList(), cancellationToken).ConfigureAwait(false);
                Settle(part, AccountCreation.Done);
                return;
            }
            catch (AgilantApiException refused) when (refused.StatusCode == 422)
            {
                await SettleDuplicatesAsync(part, refused, cancellationToken).ConfigureAwait(false);
            }
            catch (AgilantApiException refused) when (refused.StatusCode == 400)
            {
                await SplitOrFailAsync(part, refused, cancellationToken).ConfigureAwait(false);
            }
            catch (AgilantException unanswered) when (MayHaveBeenApplied(unanswered))
            {
                await ReadBackAsync(part, unanswered, cancellationToken).ConfigureAwait(false);
            }
            catch (AgilantException failed) when (!IsAuthenticationFailure(failed))
            {
                Settle(part, row => AccountCreation.Failed(row, failed));
            }
        }

        private async Task SettleDuplicatesAsync(IReadOnlyList<int> part, AgilantApiException refused, CancellationToken cancellationToken)
        {
            List<int> named = part.Where(index => MentionedIn(refused.ApiError, rows[index].Id)).ToList();
            if (named.Count == 0 && (refused.EarlierAttemptMayHaveApplied || part.Count == 1))
            {
                named = part.ToList();
            }

            if (named.Count == 0)
            {
                await SplitOrFailAsync(part, refused, cancellationToken).ConfigureAwait(false);
                return;
            }

            // Read together: a re-run names up to a whole batch of ids that exist already.
            IReadOnlyList<AccountRead> reads = await accounts.ReadManyAsync(named.Select(index => rows[index].Id).ToList(), cancellationToken).ConfigureAwait(false);
            var absent = new List<int>();
            for (int i = 0; i < named.Count; i++)
            {
                int index = named[i];
                AccountRead read = reads[i];
                if (read.Failure is AgilantApiException missing && missing.StatusCode == 404)
                {
                    absent.Add(index);
                    continue;
                }

                if (read.Failure is not null)
                {
                    if (IsAuthenticationFailure(read.Failure))
                    {
                        throw read.Failure;
                    }

                    outcomes[index] = AccountCreation.Failed(rows[index], refused);
                    continue;
                }

                outcomes[index] = Existing(rows[index], read.Account!, refused);
            }

            List<int> rest = part.Except(named).Concat(absent).ToList();
            if (rest.Count == part.Count)
            {
                // The 422 named no account that exists: only taking the batch apart can find what it refuses.
                await SplitOrFailAsync(part, refused, cancellationToken).ConfigureAwait(false);
                return;
            }

            await SettleAsync(rest, cancellationToken).ConfigureAwait(false);
        }

        private AccountCreation Existing(NewAccount row, Account held, AgilantApiException refused)
        {
            IReadOnlyList<string> differences = AccountDifferences.Between(row, held);
            if (refused.EarlierAttemptMayHaveApplied && differences.Count == 0)
            {
                return AccountCreation.FoundAsSent(row);
            }

            if (!resume)
            {
                return AccountCreation.Failed(row, Duplicate(row, refused));
            }

            return differences.Count == 0
                ? AccountCreation.FoundAsAsked(row, held)
                : AccountCreation.Failed(row, new AgilantRecordDiffersException($"Account '{row.Id}'", differences, refused.Method, refused.Route));
        }

        private async Task SplitOrFailAsync(IReadOnlyList<int> part, AgilantApiException refused, CancellationToken cancellationToken)
        {
            if (part.Count == 1)
            {
                outcomes[part[0]] = AccountCreation.Failed(rows[part[0]], refused);
                return;
            }

            int half = part.Count / 2;
            await SettleAsync(part.Take(half).ToList(), cancellationToken).ConfigureAwait(false);
            await SettleAsync(part.Skip(half).ToList(), cancellationToken).ConfigureAwait(false);
        }

        private async Task ReadBackAsync(IReadOnlyList<int> part, AgilantException unanswered, CancellationToken cancellationToken)
        {
            foreach (int index in part)
            {
                Account? existing;
                try
                {
                    existing = await ReadOrNullAsync(rows[index].Id, cancellationToken).ConfigureAwait(false);
                }
                catch (AgilantException unreadable) when (!IsAuthenticationFailure(unreadable))
                {
                    // The server cannot be read either: what became of the rest cannot be known now.
                    Settle(part.Where(other => outcomes[other] is null).ToList(), row => AccountCreation.Failed(row, unanswered));
                    return;
                }

                outcomes[index] = existing is not null && AccountDifferences.Between(rows[index], existing).Count == 0
                    ? AccountCreation.FoundAsSent(rows[index])
                    : AccountCreation.Failed(rows[index], unanswered);
            }
        }

        private async Task<Account?> ReadOrNullAsync(string id, CancellationToken cancellationToken)
        {
            try
            {
                return await accounts.GetAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (AgilantApiException missing) when (missing.StatusCode == 404)
            {
                return null;
            }
        }

        private void Settle(IEnumerable<int> part, Func<NewAccount, AccountCreation> outcome)
        {
            foreach (int index in part)
            {
                outcomes[index] = outcome(rows[index]);
            }
        }

        private static bool MayHaveBeenApplied(AgilantException failure) =>
            !IsAuthenticationFailure(failure)
            && (failure is AgilantTimeoutException
            || failure is AgilantConnectionException
            || failure is AgilantResponseException
            || (failure is AgilantApiException answered && (answered.EarlierAttemptMayHaveApplied || Http.RetryPolicy.MayHaveBeenApplied(answered.StatusCode))));

        private static bool IsAuthenticationFailure(AgilantException failure) =>
            failure is AgilantApiException answered && answered.StatusCode == 401;

        private static AgilantApiException Duplicate(NewAccount row, AgilantApiException refused) =>
            new AgilantApiException(422, $"An account with the id '{row.Id}' exists already", refused.Method, refused.Route);

        /// <summary>Whether the text names the id as a whole word: "555" is not named by "5550".</summary>
        private static bool MentionedIn(string? text, string id)
        {
            if (string.IsNullOrEmpty(text) || id.Length == 0)
            {
                return false;
            }

            for (int at = text!.IndexOf(id, StringComparison.Ordinal); at >= 0; at = text.IndexOf(id, at + 1, StringComparison.Ordinal))
            {
                bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                int end = at + id.Length;
                bool endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (startsWord && endsWord)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
