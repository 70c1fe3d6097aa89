using System.Net;
using System.Threading;
using Agilant.Bench.Raw;
using Agilant.Client;
using BenchmarkDotNet.Attributes;

namespace Agilant.Benchmarks;

/// <summary>
/// One GET /ticket/10000001 through the whole client (retry, proxy check, signing, log, attempt timeout, envelope,
/// JSON) against an in-process handler that answers at once, waited for as a cmdlet waits; beside the raw baseline,
/// one signed HttpClient making the same request over the same handler.
/// </summary>
[MemoryDiagnoser]
public class GetTicketBenchmarks
{
    private readonly CannedHandler answer = new CannedHandler(HttpStatusCode.OK, Samples.TicketAnswer);
    private AgilantClient module = null!;
    private RawAgilantClient raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        module = Samples.ModuleClient(answer);
        raw = Samples.RawClient(answer);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        module.Dispose();
        raw.Dispose();
    }

    [Benchmark(Baseline = true)]
    public RawTicket Raw() => raw.GetTicket(10000001);

    [Benchmark]
    public Ticket Module() => module.Tickets.GetAsync(10000001, CancellationToken.None).GetAwaiter().GetResult();
}
