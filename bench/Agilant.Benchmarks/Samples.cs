using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Security;
using Agilant.Bench.Raw;
using Agilant.Client;

namespace Agilant.Benchmarks;

/// <summary>The keys, answers and rows every benchmark uses: the documents' sample keys and the emulator's sample ticket.</summary>
internal static class Samples
{
    public const string BaseUri = "http://127.0.0.1:5080/";
    public const string PublicKey = "1111AAAA-22BB-33CC-44DD-555555EEEEEE";
    public const string SecretText = "EEEE5555-DD44-CC33-BB22-AAAAAA111111";

    /// <summary>The emulator's answer to GET /ticket/10000001 after --seed, as it writes it.</summary>
    public const string TicketAnswer = CannedTicket.Json;

    /// <summary>The Account Management API's answer to a created batch.</summary>
    public const string CreatedAnswer = """{"success":true,"error":null}""";

    public static SecureString SecretKey() => new NetworkCredential(string.Empty, SecretText).SecurePassword;

    /// <summary>A client whose requests go through its whole pipeline and end at <paramref name="answer"/>, not the network.</summary>
    public static AgilantClient ModuleClient(CannedHandler answer) =>
        new AgilantClient(new AgilantClientOptions(PublicKey, SecretKey(), new Uri(BaseUri)), new ClientPlumbing { PrimaryHandler = () => answer });

    public static RawAgilantClient RawClient(CannedHandler answer) => new RawAgilantClient(BaseUri, PublicKey, SecretText, answer);

    /// <summary>The rows as the cmdlet makes them into accounts: trimmed text, the purchase date parsed, the one service numbered 1.</summary>
    public static List<NewAccount> NewAccounts(IReadOnlyList<AccountRow> rows) => rows.Select(row => new NewAccount(row.Id, row.FirstName, row.LastName, row.Email)
    {
        PhoneNumber = row.Phone,
        Services = [new NewService(row.SkuNumber, DateTime.Parse(row.PurchaseDate, CultureInfo.InvariantCulture)) { LineNumber = 1 }],
    }).ToList();
}
