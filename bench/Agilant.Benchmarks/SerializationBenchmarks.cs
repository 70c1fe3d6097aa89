using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Agilant.Bench.Raw;
using Agilant.Client.Json;
using BenchmarkDotNet.Attributes;

namespace Agilant.Benchmarks;

/// <summary>
/// A POST /account body of 100 accounts, as bytes ready to send. The module's side is the expression
/// AccountsClient.CreateAsync sends and ApiTransport turns into bytes today: keep it in step when they change.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private IReadOnlyList<AccountRow> rows = null!;
    private List<NewAccount> accounts = null!;

    [GlobalSetup]
    public void Setup()
    {
        rows = AccountRow.Make("bench", 100);
        accounts = Samples.NewAccounts(rows);
    }

    /// <summary>Plain POCOs, plain options, straight to UTF-8.</summary>
    [Benchmark(Baseline = true)]
    public byte[] Raw() => JsonSerializer.SerializeToUtf8Bytes(new { account = rows.Select(RawBody).ToList() }, RawJson.Options);

    /// <summary>The module's models and wire options (optional fields, lenient enums, wire dates), to text, then to bytes.</summary>
    [Benchmark]
    public byte[] Module() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { account = accounts }, AgilantJson.Options));

    private static object RawBody(AccountRow row) => new
    {
        id = row.Id,
        firstName = row.FirstName,
        lastName = row.LastName,
        emailAddress = row.Email,
        phoneNumber = row.Phone,
        service = new[] { new { skuNumber = row.SkuNumber, purchaseDate = row.PurchaseDate, lineNumber = 1 } },
    };
}
