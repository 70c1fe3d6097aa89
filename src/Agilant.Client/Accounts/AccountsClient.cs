using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Json;

namespace Agilant.Client.Accounts
{
    /// <summary>The accounts of the Account Management API.</summary>
    public sealed class AccountsClient
    {
        /// <summary>How many GETs a read-back keeps in flight: the API reads one account a call.</summary>
        private const int ConcurrentReads = 8;

        private readonly ApiTransport transport;

        internal AccountsClient(ApiTransport transport) => this.transport = transport;

        public async Task<Account> GetAsync(string id, CancellationToken cancellationToken) =>
            await transport.SendAsync(
                new ApiCall(HttpMethod.Get, Route.Of($"/account/{id}"), AgilantApi.AccountManagement),
                answer => answer.Read<Account>("account"),
                cancellationToken).ConfigureAwait(false);

        /// <summary>
        /// Reads the accounts, several at a time, in the order given; an account that cannot be read comes with its
        /// failure instead.
        /// </summary>
        public async Task<IReadOnlyList<AccountRead>> ReadManyAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
        {
            using (var slots = new SemaphoreSlim(ConcurrentReads))
            {
                return await Task.WhenAll(ids.Select(id => ReadOneAsync(id, slots, cancellationToken))).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Creates the accounts, batch by batch as given, and tells for each whether it was created. A refused batch
        /// is taken apart until every good account is created and every bad one has its own reason.
        /// </summary>
        public Task<IReadOnlyList<AccountCreation>> CreateManyAsync(IReadOnlyList<NewAccount> accounts, CancellationToken cancellationToken) =>
            new AccountBatch(this, accounts, resume: false).SettleAsync(cancellationToken);

        /// <summary>
        /// As <see cref="CreateManyAsync(IReadOnlyList{NewAccount}, CancellationToken)"/>, for a re-run: an account whose id
        /// the server refuses as taken is read back (only those, several at a time) and comes back
        /// <see cref="AccountCreation.AlreadyThere"/> when it holds what the row asks for, or failed with an
        /// <see cref="AgilantRecordDiffersException"/> naming the fields that differ.
        /// </summary>
        public Task<IReadOnlyList<AccountCreation>> ResumeManyAsync(IReadOnlyList<NewAccount> accounts, CancellationToken cancellationToken) =>
            new AccountBatch(this, accounts, resume: true).SettleAsync(cancellationToken);

        /// <summary>
        /// One POST /account with all the accounts; all or nothing. Retried after a lost answer: a duplicate is
        /// detectable, since the retry of an applied batch is refused with 422 for its own ids.
        /// </summary>
        public Task CreateAsync(IReadOnlyList<NewAccount> accounts, CancellationToken cancellationToken) =>
            transport.SendAsync(CreateRequest(accounts).Call, cancellationToken);

        /// <summary>One batch of new accounts, as <see cref="CreateAsync"/> sends it.</summary>
        public static AgilantRequest CreateRequest(IReadOnlyList<NewAccount> accounts) =>
            new AgilantRequest(new ApiCall(HttpMethod.Post, "/account", AgilantApi.AccountManagement, JsonSerializer.Serialize(new { account = accounts }, AgilantJson.Options))
            {
                RetrySafe = true,
            });

        private async Task<AccountRead> ReadOneAsync(string id, SemaphoreSlim slots, CancellationToken cancellationToken)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return new AccountRead(id, await GetAsync(id, cancellationToken).ConfigureAwait(false), null);
            }
            catch (AgilantException failure)
            {
                return new AccountRead(id, null, failure);
            }
            finally
            {
                slots.Release();
            }
        }

        public Task UpdateAsync(string id, AccountUpdate update, CancellationToken cancellationToken) =>
            transport.SendAsync(UpdateRequest(id, update).Call, cancellationToken);

        public static AgilantRequest UpdateRequest(string id, AccountUpdate update) =>
            new AgilantRequest(new ApiCall(HttpMethod.Put, Route.Of($"/account/{id}"), AgilantApi.AccountManagement, JsonSerializer.Serialize(new { account = update }, AgilantJson.Options)));

        /// <summary>Deletes the account; the API cancels its outstanding subscriptions.</summary>
        public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
            transport.SendAsync(DeleteRequest(id).Call, cancellationToken);

        public static AgilantRequest DeleteRequest(string id) =>
            new AgilantRequest(new ApiCall(HttpMethod.Delete, Route.Of($"/account/{id}"), AgilantApi.AccountManagement));

        public async Task<AgentLink> GetAgentLinkAsync(string id, CancellationToken cancellationToken) =>
            await transport.SendAsync(
                new ApiCall(HttpMethod.Get, Route.Of($"/account/{id}/link/agent"), AgilantApi.AccountManagement),
                answer => new AgentLink(id, answer.Read<string>("link")),
                cancellationToken).ConfigureAwait(false);
    }
}
