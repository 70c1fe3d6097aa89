namespace Agilant.Client.Accounts
{
    /// <summary>What became of one account of a batch: created, found already there as asked (when resuming), or failed and why.</summary>
    public sealed class AccountCreation
    {
        private AccountCreation(NewAccount account, AgilantException? failure, bool foundAfterUncertainAttempt, Account? alreadyThere = null)
        {
            Account = account;
            Failure = failure;
            FoundAfterUncertainAttempt = foundAfterUncertainAttempt;
            AlreadyThere = alreadyThere;
        }

        public NewAccount Account { get; }

        public bool Created => Failure is null && AlreadyThere is null;

        /// <summary>
        /// When resuming: the account as the server held it before this call, which is what the row asks for (an
        /// earlier run created it); null otherwise.
        /// </summary>
        public Account? AlreadyThere { get; }

        public AgilantException? Failure { get; }

        /// <summary>
        /// Created by an attempt whose answer was lost or unreadable (a timeout, 502 or 504, a page that is not JSON): its retry was refused as a duplicate,
        /// and reading the account back showed it exactly as sent.
        /// </summary>
        public bool FoundAfterUncertainAttempt { get; }

        internal static AccountCreation Done(NewAccount account) => new AccountCreation(account, null, false);

        internal static AccountCreation FoundAsSent(NewAccount account) => new AccountCreation(account, null, true);

        internal static AccountCreation FoundAsAsked(NewAccount account, Account held) => new AccountCreation(account, null, false, held);

        internal static AccountCreation Failed(NewAccount account, AgilantException failure) => new AccountCreation(account, failure, false);
    }
}
