namespace Agilant.Client.Accounts
{
    /// <summary>One account of a read-back: as the server holds it, or why it could not be read.</summary>
    public sealed class AccountRead
    {
        internal AccountRead(string id, Account? account, AgilantException? failure)
        {
            Id = id;
            Account = account;
            Failure = failure;
        }

        public string Id { get; }

        public Account? Account { get; }

        public AgilantException? Failure { get; }
    }
}
