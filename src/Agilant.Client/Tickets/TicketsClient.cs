using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Http;
using Agilant.Client.Json;

namespace Agilant.Client.Tickets
{
    /// <summary>The TOGaDesk Ticketing API.</summary>
    public sealed class TicketsClient
    {
        private readonly ApiTransport transport;

        internal TicketsClient(ApiTransport transport) => this.transport = transport;

        public async Task<Ticket> GetAsync(int ticketNumber, CancellationToken cancellationToken) =>
            await transport.SendAsync(
                new ApiCall(HttpMethod.Get, Route.Of($"/ticket/{ticketNumber}"), AgilantApi.Ticketing),
                answer => answer.Read<Ticket>("ticket"),
                cancellationToken).ConfigureAwait(false);

        /// <summary>Creates a ticket and returns its number. Never retried: a second POST would be a second ticket.</summary>
        public async Task<int> CreateAsync(NewTicket ticket, CancellationToken cancellationToken) =>
            await transport.SendAsync(CreateRequest(ticket).Call, answer => answer.Read<int>("ticketNumber"), cancellationToken).ConfigureAwait(false);

        public static AgilantRequest CreateRequest(NewTicket ticket) =>
            new AgilantRequest(new ApiCall(HttpMethod.Post, "/ticket", AgilantApi.Ticketing, JsonSerializer.Serialize(ticket, AgilantJson.Options)));

        public Task UpdateAsync(int ticketNumber, TicketUpdate update, CancellationToken cancellationToken) =>
            transport.SendAsync(UpdateRequest(ticketNumber, update).Call, cancellationToken);

        public static AgilantRequest UpdateRequest(int ticketNumber, TicketUpdate update) =>
            new AgilantRequest(new ApiCall(HttpMethod.Put, Route.Of($"/ticket/{ticketNumber}"), AgilantApi.Ticketing, JsonSerializer.Serialize(update, AgilantJson.Options)));

        /// <summary>
        /// A reply as the ticket now holds it: the latest of the ticket's replies from the same address with the same
        /// message (and time, when one was sent), or null when it has none such. The API answers a new reply with
        /// the ticket's number only.
        /// </summary>
        public async Task<TicketReply?> ReadReplyAsync(int ticketNumber, NewTicketReply sent, CancellationToken cancellationToken)
        {
            Ticket ticket = await GetAsync(ticketNumber, cancellationToken).ConfigureAwait(false);
            return ticket.Replies.LastOrDefault(reply =>
                string.Equals(reply.EmailAddress, sent.EmailAddress, StringComparison.OrdinalIgnoreCase)
                && reply.Message == sent.Message
                && (sent.RepliedOn is null || reply.RepliedOn == sent.RepliedOn));
        }

        /// <summary>Adds a reply. Never retried: a second POST would be a second reply.</summary>
        public Task AddReplyAsync(int ticketNumber, NewTicketReply reply, CancellationToken cancellationToken) =>
            transport.SendAsync(AddReplyRequest(ticketNumber, reply).Call, cancellationToken);

        public static AgilantRequest AddReplyRequest(int ticketNumber, NewTicketReply reply) =>
            new AgilantRequest(new ApiCall(HttpMethod.Post, Route.Of($"/ticket/{ticketNumber}/reply"), AgilantApi.Ticketing, JsonSerializer.Serialize(reply, AgilantJson.Options)));
    }
}
