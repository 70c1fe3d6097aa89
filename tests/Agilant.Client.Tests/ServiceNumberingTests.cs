using System;
using System.Linq;

namespace Agilant.Client.Tests;

/// <summary>New accounts send every service with a line number, so that what the caller holds names the server's services.</summary>
public class ServiceNumberingTests
{
    [Fact]
    public void Services_without_line_numbers_are_numbered_from_one_in_input_order()
    {
        NewAccount account = AccountWith(null, null, null);

        account.NumberServices();

        Assert.Equal(new int?[] { 1, 2, 3 }, account.Services!.Select(service => service.LineNumber));
    }

    [Fact]
    public void Given_line_numbers_are_kept_and_the_others_take_the_lowest_free_ones()
    {
        NewAccount account = AccountWith(2, null, 4, null, null);

        account.NumberServices();

        Assert.Equal(new int?[] { 2, 1, 4, 3, 5 }, account.Services!.Select(service => service.LineNumber));
    }

    [Fact]
    public void An_account_without_services_stays_without()
    {
        var account = new NewAccount("A1", "Jane", "Doe", "jdoe@testco.com");

        account.NumberServices();

        Assert.Null(account.Services);
    }

    private static NewAccount AccountWith(params int?[] lineNumbers) => new("A1", "Jane", "Doe", "jdoe@testco.com")
    {
        Services = lineNumbers.Select(line => new NewService("PREM-SECURITY", new DateTime(2020, 1, 1)) { LineNumber = line }).ToList(),
    };
}
