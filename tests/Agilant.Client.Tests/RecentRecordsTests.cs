using System;
using System.Linq;
using System.Threading.Tasks;
using Agilant.Client.Recent;

namespace Agilant.Client.Tests;

/// <summary>What a session remembers for tab completion: bounded, newest first, each key once, safe from many threads.</summary>
public class RecentRecordsTests
{
    [Fact]
    public void Keys_come_newest_first_and_a_key_seen_again_moves_to_the_front_once()
    {
        var recent = new RecentKeys(capacity: 10);

        recent.Saw("a", "first a");
        recent.Saw("b", "b");
        recent.Saw("a", "second a");

        Assert.Equal(new[] { "a", "b" }, recent.Newest().Select(seen => seen.Key));
        Assert.Equal("second a", recent.Newest()[0].Record);
    }

    [Fact]
    public void Beyond_the_capacity_the_oldest_key_goes()
    {
        var recent = new RecentKeys(capacity: 3);

        foreach (string key in new[] { "a", "b", "c", "a", "d" })
        {
            recent.Saw(key, key);
        }

        Assert.Equal(new[] { "d", "a", "c" }, recent.Newest().Select(seen => seen.Key));
    }

    [Fact]
    public void Any_mix_of_sightings_holds_what_a_plain_newest_first_list_would()
    {
        var recent = new RecentKeys(capacity: 7);
        var model = new System.Collections.Generic.List<(string Key, object Record)>();
        var random = new Random(11);

        for (int step = 0; step < 5000; step++)
        {
            string key = random.Next(12).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool throughChild = random.Next(4) == 0;
            int held = model.FindIndex(entry => entry.Key == key);
            object record = held >= 0 && throughChild ? model[held].Record : step;
            if (held >= 0)
            {
                model.RemoveAt(held);
            }

            model.Insert(0, (key, record));
            if (model.Count > recent.Capacity)
            {
                model.RemoveAt(model.Count - 1);
            }

            if (throughChild)
            {
                recent.SawThrough(key, step);
            }
            else
            {
                recent.Saw(key, step);
            }

            Assert.Equal(model, recent.Newest().Select(seen => (seen.Key, seen.Record)));
        }
    }

    [Fact]
    public void A_key_seen_through_a_child_keeps_the_record_already_held()
    {
        var recent = new RecentKeys(capacity: 10);
        recent.Saw("23526813", "the account");
        recent.Saw("other", "other");

        recent.SawThrough("23526813", "one of its services");
        recent.SawThrough("C9", "a service of an account not seen");

        Assert.Equal(new[] { ("C9", "a service of an account not seen"), ("23526813", "the account"), ("other", "other") }, recent.Newest().Select(seen => (seen.Key, (string)seen.Record)));
    }

    [Fact]
    public void An_account_brings_its_services_in_their_order_under_their_account()
    {
        var records = new RecentRecords();
        var account = new Account
        {
            Id = "23526813",
            Services = new[]
            {
                new Service { AccountId = "23526813", SkuNumber = "PREM-SECURITY", LineNumber = 1 },
                new Service { AccountId = "23526813", SkuNumber = "IHIO-SMARTTV", LineNumber = 2 },
            },
        };

        records.Saw(account);
        records.Saw(new Service { AccountId = "C2", SkuNumber = "PREM-SECURITY", LineNumber = 1 });

        Assert.Equal(new (string?, string, int)[] { ("C2", "PREM-SECURITY", 1), ("23526813", "PREM-SECURITY", 1), ("23526813", "IHIO-SMARTTV", 2) }, records.Services.Newest().Select(seen => (seen.Owner, seen.Key, seen.LineNumber)));
        Assert.Equal(new[] { "C2", "23526813" }, records.Accounts.Newest().Select(seen => seen.Key));
        Assert.Same(account, records.Accounts.Newest()[1].Record);
    }

    [Fact]
    public void An_order_brings_its_items_and_a_ticket_is_kept_under_its_number()
    {
        var records = new RecentRecords();

        records.Saw(new Order { Number = "89023475", Items = new[] { new OrderItem { OrderNumber = "89023475", SkuNumber = "890345563", LineNumber = 1 }, new OrderItem { OrderNumber = "89023475", LineNumber = 2 } } });
        records.Saw(new Ticket { TicketNumber = 10000001 });
        records.Saw("a raw answer");

        Assert.Equal("89023475", records.Orders.Newest().Single().Key);
        Assert.Equal(("89023475", "890345563", 1), records.OrderItems.Newest().Select(seen => (seen.Owner, seen.Key, seen.LineNumber)).Single());
        Assert.Equal("10000001", records.Tickets.Newest().Single().Key);
    }

    [Fact]
    public void Many_threads_recording_at_once_keep_it_bounded_and_whole()
    {
        var recent = new RecentKeys(capacity: 100);

        Parallel.For(0, 8, thread =>
        {
            for (int index = 0; index < 5000; index++)
            {
                recent.Saw((index % 300).ToString(System.Globalization.CultureInfo.InvariantCulture), thread);
            }
        });

        var keys = recent.Newest().Select(seen => seen.Key).ToList();
        Assert.Equal(100, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
