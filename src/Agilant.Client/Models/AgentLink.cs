namespace Agilant
{
    /// <summary>The unique agent download link of an account.</summary>
    public sealed class AgentLink
    {
        public AgentLink(string accountId, string link)
        {
            AccountId = accountId;
            Link = link;
        }

        public string AccountId { get; }

        public string Link { get; }

        public override string ToString() => Link;
    }
}
