using System.Collections.Generic;
using System.Net;
using System.Threading;
using Agilant.Bench.Raw;
using Agilant.Client;
using Agilant.Client.Accounts;
using BenchmarkDotNet.Attributes;

namespace Agilant.Benchmarks;

/// <summary>
/// One POST /account of 100 accounts (the cmdlet's default batch) through the whole client against an in-process
/// handler that answers 201 at once; beside the raw baseline, the same body POSTed with one signed HttpClient.
/// </summary>
[MemoryDiagnoser]
public class CreateAccountsBenchmarks
{
    private readonly CannedHandler answer = new CannedHandler(HttpStatusCode.Created, Samples.CreatedAnswer);
    private IReadOnlyList<AccountRow> rows = null!;
    private List<NewAccount> accounts = null!;
    private AgilantClient module = null!;
    private RawAgilantClient raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        rows = AccountRow.Make("bench", 100);
        accounts = Samples.NewAccounts(rows);
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
    public int Raw() => raw.PostAccounts(rows, 100);

    [Benchmark]
    public IReadOnlyList<AccountCreation> Module() => module.Accounts.CreateManyAsync(accounts, CancellationToken.None).GetAwaiter().GetResult();
}
