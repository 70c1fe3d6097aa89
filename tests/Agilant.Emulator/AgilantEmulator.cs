using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Apis;
using Agilant.Emulator.Auth;
using Agilant.Emulator.Hosting;
using Agilant.Emulator.Http;
using Agilant.Emulator.Routing;
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
    private readonly Lazy<Task> stopping;

    private AgilantEmulator(WebApplication app, Uri baseUri, ApiKeyPair key, RequestJournal requests, FaultPlan faults, EmulatorState state)
    {
        this.app = app;
        stopping = new Lazy<Task>(() => app.StopAsync());
        BaseUri = baseUri;
        Key = key;
        Requests = requests;
        Faults = faults;
        State = state;
    }

    /// <summary>The address the emulator listens on, with its real port and a trailing '/'.</summary>
    public Uri BaseUri { get; }

    /// <summary>The first of the accepted keys.</summary>
    public ApiKeyPair Key { get; }

    public RequestJournal Requests { get; }

    public FaultPlan Faults { get; }

    public EmulatorState State { get; }

    public static async Task<AgilantEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var endpoint = LoopbackEndpoint.Parse(options.Url);
        var clock = new ServerClock(options.ClockOffset);
        var signatures = new SignatureVerifier(options.Keys, clock, options.AllowedClockSkew);
        var state = new EmulatorState();
        var requests = new RequestJournal();
        var faults = new FaultPlan();
        var routes = new RouteTable();
        new TicketingApi(state.Tickets).MapRoutes(routes);
        new AccountsApi(state.Accounts).MapRoutes(routes);
        new ServicesApi(state.Accounts).MapRoutes(routes);

        var app = EmulatorHost.Build(endpoint);
        var pipeline = new RequestPipeline(new ApiDispatcher(signatures, routes, clock), faults, requests, clock, app.Lifetime.ApplicationStopping);
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AgilantEmulator(app, new Uri(address + "/"), options.Keys[0], requests, faults, state);
    }

    public Task StopAsync() => stopping.Value;

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
