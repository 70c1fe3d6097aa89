using System.Collections.Generic;
using System.Globalization;

namespace Agilant.Bench.Raw;

/// <summary>
/// One row of the bulk rows: the module gets it as a PSCustomObject or a CSV line, the raw baseline as it is. The
/// column names are the README's (Email and Phone are aliases), the values all text, as Import-Csv gives them.
/// </summary>
public sealed class AccountRow
{
    public required string Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public required string Phone { get; init; }

    public required string SkuNumber { get; init; }

    public required string PurchaseDate { get; init; }

    /// <summary>Rows with ids <paramref name="idPrefix"/>000001 and up: the emulator keeps accounts, so each round brings its own prefix.</summary>
    public static IReadOnlyList<AccountRow> Make(string idPrefix, int count)
    {
        var rows = new AccountRow[count];
        for (int i = 0; i < count; i++)
        {
            string n = (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            rows[i] = new AccountRow
            {
                Id = idPrefix + n,
                FirstName = "First" + n,
                LastName = "Last" + n,
                Email = $"user{n}@example.com",
                Phone = "555-01" + n,
                SkuNumber = "PREM-SECURITY",
                PurchaseDate = "2020-01-01",
            };
        }

        return rows;
    }
}
