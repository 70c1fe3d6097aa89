namespace Agilant
{
    /// <summary>ACCOUNT_STATUS_CHANGE or SERVICE_STATUS_CHANGE: the account as it now is, services included.</summary>
    public sealed class AccountChangedEvent : WebhookEvent
    {
        public AccountChangedEvent(WebhookType webhook, Account account)
            : base(webhook) => Account = account;

        public string AccountId => Account.Id;

        public Account Account { get; }
    }
}
