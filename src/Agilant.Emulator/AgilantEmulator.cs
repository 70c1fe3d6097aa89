using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Apis;
using Agilant.Emulator.Auth;
using Agilant.Emulator.Hosting;
using Agilant.Emulator.Http;
using Agilant.Emulator.Routing;
using Agilant.Emulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Agilant.Emulator;

/// <summary>A faithful, stateful local server of the Agilant APIs, listening on loopback.</summary>
public sealed class AgilantEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly WebhookSender? webhookSender;
    private readonly Lazy<Task> stopping;

    private AgilantEmulator(
        WebApplication app,
        Uri baseUri,
        ApiKeyPair key,
        RequestJournal requests,
        FaultPlan faults,
        EmulatorState state,
        WebhookDeliveries webhooks,
        WebhookSender? webhookSender)
    {
        this.app = app;
        this.webhookSender = webhookSender;
        stopping = new Lazy<Task>(() => app.StopAsync());
        BaseUri = baseUri;
        Key = key;
        Requests = requests;
        Faults = faults;
        State = state;
        Webhooks = webhooks;
    }

    /// <summary>The address the emulator listens on, with its real port and a trailing '/'.</summary>
    public Uri BaseUri { get; }

    /// <summary>The first of the accepted keys.</summary>
    public ApiKeyPair Key { get; }

    public RequestJournal Requests { get; }

    public FaultPlan Faults { get; }

    public EmulatorState State { get; }

    /// <summary>The webhooks sent to <see cref="EmulatorOptions.WebhookUrl"/>, and a way to await the next one.</summary>
    public WebhookDeliveries Webhooks { get; }

    public static async Task<AgilantEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var endpoint = LoopbackEndpoint.Parse(options.Url);
        var webhookUrl = options.WebhookUrl is { } url ? WebhookAddress.Validated(url) : null;
        var clock = new ServerClock(options.ClockOffset);
        var signatures = new SignatureVerifier(options.Keys, clock, options.AllowedClockSkew);
        var state = options.StateFile is { } stateFile ? StateFile.Open(stateFile) : new EmulatorState();
        var requests = new RequestJournal(options.JournalCapacity);
        var faults = new FaultPlan();
        var routes = new RouteTable();
        new TicketingApi(state.Tickets).MapRoutes(routes);
        new AccountsApi(state.Accounts).MapRoutes(routes);
        new ServicesApi(state.Accounts).MapRoutes(routes);
        new OrdersApi(state.Orders).MapRoutes(routes);
        new OrderDiagnosticsApi(state.Orders).MapRoutes(routes);

        var webhooks = new WebhookDeliveries(webhookUrl);
        var webhookSender = webhookUrl is null ? null : new WebhookSender(webhookUrl, options.WebhookHeaders, state.Events, webhooks);
        var app = EmulatorHost.Build(endpoint);
        var pipeline = new RequestPipeline(new ApiDispatcher(signatures, routes, clock), faults, requests, clock, options.Latency, app.Lifetime.ApplicationStopping);
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            if (webhookSender is not null)
            {
                await webhookSender.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AgilantEmulator(app, new Uri(address + "/"), options.Keys[0], requests, faults, state, webhooks, webhookSender);
    }

    public Task StopAsync() => stopping.Value;

    /// <summary>Stops serving, then stops sending webhooks: one under way is abandoned and recorded as such.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        if (webhookSender is not null)
        {
            await webhookSender.DisposeAsync().ConfigureAwait(false);
        }
    }
}
