using System;
using Agilant.Client.Http;

namespace Agilant.Client.Tests;

public class RetryPolicyTests
{
    private static RetryPolicy Policy(double dice = 0.5) =>
        new(maximumRetryCount: 3, baseDelay: TimeSpan.FromSeconds(1), maximumDelay: TimeSpan.FromSeconds(10), random: () => dice);

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(422, false)]
    [InlineData(500, false)]
    public void Retries_only_transient_statuses(int status, bool retried)
    {
        Assert.Equal(retried, Policy().DelayBeforeRetry(1, retrySafe: true, status, null) is not null);
    }

    [Fact]
    public void Never_retries_what_is_not_safe_to_repeat()
    {
        Assert.Null(Policy().DelayBeforeRetry(1, retrySafe: false, 502, null));
        Assert.Null(Policy().DelayBeforeRetry(1, retrySafe: false, null, null));
    }

    [Fact]
    public void Retries_a_call_that_got_no_answer()
    {
        Assert.NotNull(Policy().DelayBeforeRetry(1, retrySafe: true, null, null));
    }

    [Fact]
    public void Stops_after_the_maximum_number_of_retries()
    {
        Assert.NotNull(Policy().DelayBeforeRetry(3, true, 502, null));
        Assert.Null(Policy().DelayBeforeRetry(4, true, 502, null));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(2, 1.0, 2000)]
    [InlineData(3, 0.5, 3000)]
    public void Backs_off_exponentially_with_jitter(int attemptsMade, double dice, double expectedMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), Policy(dice).DelayBeforeRetry(attemptsMade, true, 503, null));
    }

    [Fact]
    public void Caps_the_backoff()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 1.0);

        Assert.Equal(TimeSpan.FromSeconds(10), policy.DelayBeforeRetry(8, true, 502, null));
    }

    [Fact]
    public void Waits_as_long_as_Retry_After_asks()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Policy().DelayBeforeRetry(1, true, 503, TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.Zero, Policy().DelayBeforeRetry(1, true, 503, TimeSpan.FromSeconds(-3)));
    }

    [Fact]
    public void Gives_up_when_Retry_After_asks_for_longer_than_the_maximum_wait()
    {
        Assert.Null(Policy().DelayBeforeRetry(1, true, 503, TimeSpan.FromMinutes(5)));
    }
}
