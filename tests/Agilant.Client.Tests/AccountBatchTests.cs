using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Client.Accounts;
using Agilant.Client.Tests.Support;

namespace Agilant.Client.Tests;

public class AccountBatchTests
{
    private static List<NewAccount> Rows(int count, Func<int, string>? email = null) =>
        Enumerable.Range(1, count)
            .Select(i => new NewAccount($"A{i:000}", "First" + i, "Last" + i, email?.Invoke(i) ?? $"user{i}@testco.com"))
            .ToList();

    private static (TestClient Test, FakeAccountsServer Server) Start()
    {
        var server = new FakeAccountsServer();
        var test = new TestClient(options => options.RetryBaseDelay = TimeSpan.Zero);
        test.Handler.Server = server.Answer;
        return (test, server);
    }

    [Fact]
    public async Task A_clean_batch_is_one_request()
    {
        var (test, server) = Start();
        using var _ = test;

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(100), CancellationToken.None);

        Assert.All(outcomes, outcome => Assert.True(outcome.Created));
        Assert.Equal(1, server.Posts);
        Assert.Equal(100, server.Ids.Count);
    }

    [Fact]
    public async Task Existing_ids_named_by_the_422_are_read_back_and_the_rest_sent_again()
    {
        var (test, server) = Start();
        using var _ = test;
        server.Seed("A010", "Someone else");
        server.Seed("A077", "Someone else");

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(100), CancellationToken.None);

        Assert.Equal(new[] { "A010", "A077" }, outcomes.Where(outcome => !outcome.Created).Select(outcome => outcome.Account.Id));
        var duplicate = Assert.IsType<AgilantApiException>(outcomes[9].Failure);
        Assert.Equal(422, duplicate.StatusCode);
        Assert.Equal("An account with the id 'A010' exists already", duplicate.ApiError);
        Assert.Equal((2, 2), (server.Posts, server.Gets));
        Assert.Equal(100, server.Ids.Count);
    }

    [Fact]
    public async Task A_422_that_names_no_id_is_found_out_by_halving()
    {
        var (test, server) = Start();
        using var _ = test;
        server.NamesIdsIn422 = false;
        server.Seed("A042", "Someone else");

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(100), CancellationToken.None);

        AccountCreation failed = Assert.Single(outcomes, outcome => !outcome.Created);
        Assert.Equal("A042", failed.Account.Id);
        Assert.InRange(server.Posts, 2, 15);
        Assert.Equal(100, server.Ids.Count);
    }

    [Fact]
    public async Task A_400_is_found_out_by_halving_and_the_good_rows_are_all_created()
    {
        var (test, server) = Start();
        using var _ = test;

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(100, i => i is 5 or 60 ? "no-at-sign" : $"u{i}@testco.com"), CancellationToken.None);

        Assert.Equal(new[] { "A005", "A060" }, outcomes.Where(outcome => !outcome.Created).Select(outcome => outcome.Account.Id));
        Assert.All(outcomes.Where(outcome => !outcome.Created), outcome => Assert.Equal("emailAddress is not valid", ((AgilantApiException)outcome.Failure!).ApiError));
        Assert.Equal(98, server.Ids.Count);
        Assert.InRange(server.Posts, 3, 30);
    }

    [Fact]
    public async Task A_batch_applied_though_its_answer_was_lost_is_reported_created_not_failed()
    {
        var (test, server) = Start();
        using var _ = test;
        server.LoseAnswers = 1;

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(20), CancellationToken.None);

        Assert.All(outcomes, outcome => Assert.True(outcome.Created));
        Assert.All(outcomes, outcome => Assert.True(outcome.FoundAfterUncertainAttempt));
        Assert.Equal(2, server.Posts);
        Assert.Equal(20, server.Gets);
    }

    [Fact]
    public async Task After_a_lost_answer_an_id_that_exists_with_other_details_is_still_a_duplicate()
    {
        var (test, server) = Start();
        using var _ = test;
        server.Seed("A003", "Someone else");
        test.Handler.Answer(System.Net.HttpStatusCode.GatewayTimeout, """{"success":false,"error":"Gateway timeout"}""");

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(5), CancellationToken.None);

        Assert.Equal(new[] { "A003" }, outcomes.Where(outcome => !outcome.Created).Select(outcome => outcome.Account.Id));
        Assert.All(outcomes.Where(outcome => outcome.Created), outcome => Assert.False(outcome.FoundAfterUncertainAttempt));
        Assert.Equal((2, 1), (server.Posts, server.Gets));
    }

    [Fact]
    public async Task A_refused_key_is_not_settled_row_by_row_but_thrown()
    {
        using var test = new TestClient();
        test.Handler.Answer(System.Net.HttpStatusCode.Unauthorized, """{"success":false,"error":"The signature is wrong"}""");

        var failure = await Assert.ThrowsAsync<AgilantApiException>(() => test.Client.Accounts.CreateManyAsync(Rows(3), CancellationToken.None));

        Assert.Equal(401, failure.StatusCode);
    }

    [Fact]
    public async Task A_server_error_fails_every_row_of_the_batch_with_it()
    {
        using var test = new TestClient();
        test.Handler.Answer(System.Net.HttpStatusCode.InternalServerError, """{"success":false,"error":"boom"}""");

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(3), CancellationToken.None);

        Assert.All(outcomes, outcome => Assert.Equal(500, ((AgilantApiException)outcome.Failure!).StatusCode));
        Assert.Single(test.Handler.Sent);
    }

    [Fact]
    public async Task Rows_whose_batch_went_unanswered_are_read_back_until_the_server_cannot_be_reached()
    {
        using var test = new TestClient(options =>
        {
            options.MaximumRetryCount = 0;
            options.Timeout = TimeSpan.FromMilliseconds(50);
        });
        test.Handler.Hang();
        test.Handler.Answer(System.Net.HttpStatusCode.OK, """{"success":true,"error":null,"account":{"id":"A001","firstName":"First1","lastName":"Last1","emailAddress":"user1@testco.com","service":[]}}""");
        test.Handler.Fail(new System.Net.Http.HttpRequestException("Connection refused"));

        var outcomes = await test.Client.Accounts.CreateManyAsync(Rows(3), CancellationToken.None);

        Assert.True(outcomes[0].FoundAfterUncertainAttempt);
        Assert.IsType<AgilantTimeoutException>(outcomes[1].Failure);
        Assert.IsType<AgilantTimeoutException>(outcomes[2].Failure);
        Assert.Equal(new[] { "POST", "GET", "GET" }, test.Handler.Sent.Select(sent => sent.Method));
    }
}
