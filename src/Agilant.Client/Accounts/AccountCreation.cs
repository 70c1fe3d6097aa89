namespace Agilant.Client.Accounts
{
    /// <summary>What became of one account of a batch: created, or failed and why.</summary>
    public sealed class AccountCreation
    {
        private AccountCreation(NewAccount account, AgilantException? failure, bool foundAfterUncertainAttempt)
        {
            Account = account;
            Failure = failure;
            FoundAfterUncertainAttempt = foundAfterUncertainAttempt;
        }

        public NewAccount Account { get; }

        public bool Created => Failure is null;

        public AgilantException? Failure { get; }

        /// <summary>
        /// Created by an attempt whose answer was lost or unreadable (a timeout, 502 or 504, a page that is not JSON): its retry was refused as a duplicate,
        /// and reading the account back showed it exactly as sent.
        /// </summary>
        public bool FoundAfterUncertainAttempt { get; }

        internal static AccountCreation Done(NewAccount account) => new AccountCreation(account, null, false);

        internal static AccountCreation FoundAsSent(NewAccount account) => new AccountCreation(account, null, true);

        internal static AccountCreation Failed(NewAccount account, AgilantException failure) => new AccountCreation(account, failure, false);
    }
}
