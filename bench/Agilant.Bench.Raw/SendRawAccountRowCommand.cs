using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;

namespace Agilant.Bench.Raw;

/// <summary>
/// The plain way to stream Import-Csv's rows into a cmdlet that creates the accounts, for comparison with the bulk row:
/// it takes each row whole from the pipeline, reads its seven columns by name (row.Properties[name]), POSTs them in
/// batches with the raw client (each batch sent on the thread pool while the next is read, as the module sends them)
/// and writes each row back once its batch is sent. No checks, no conversions, no progress, no error per row.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "RawAccountRow")]
[OutputType(typeof(AccountRow))]
public sealed class SendRawAccountRowCommand : PSCmdlet
{
    private const int BatchSize = 100;

    private List<AccountRow> batch = new(BatchSize);
    private (List<AccountRow> Rows, Task Posting)? inFlight;

    [Parameter(Mandatory = true)]
    public RawAgilantClient? Client { get; set; }

    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        PSObject row = InputObject!;
        batch.Add(new AccountRow
        {
            Id = Text(row, nameof(AccountRow.Id)),
            FirstName = Text(row, nameof(AccountRow.FirstName)),
            LastName = Text(row, nameof(AccountRow.LastName)),
            Email = Text(row, nameof(AccountRow.Email)),
            Phone = Text(row, nameof(AccountRow.Phone)),
            SkuNumber = Text(row, nameof(AccountRow.SkuNumber)),
            PurchaseDate = Text(row, nameof(AccountRow.PurchaseDate)),
        });
        if (batch.Count == BatchSize)
        {
            Send();
        }
    }

    protected override void EndProcessing()
    {
        Send();
        WriteSent();
    }

    private void Send()
    {
        if (batch.Count == 0)
        {
            return;
        }

        WriteSent();
        List<AccountRow> rows = batch;
        RawAgilantClient client = Client!;
        inFlight = (rows, Task.Run(() => client.PostAccounts(rows, BatchSize)));
        batch = new List<AccountRow>(BatchSize);
    }

    private void WriteSent()
    {
        if (inFlight is not (List<AccountRow> rows, Task posting))
        {
            return;
        }

        posting.GetAwaiter().GetResult();
        foreach (AccountRow row in rows)
        {
            WriteObject(row);
        }

        inFlight = null;
    }

    private static string Text(PSObject row, string column) => (string)row.Properties[column].Value;
}
