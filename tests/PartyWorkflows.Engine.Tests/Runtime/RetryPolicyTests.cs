using PartyWorkflows.Engine.Runtime;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_fixed_cycle_retries_the_given_number_of_times_at_the_same_interval()
    {
        Assert.True(RetryPolicy.TryParse("R3/PT1M", out var policy));

        Assert.Equal(3, policy.Retries);
        Assert.Equal([FailedAt.AddMinutes(1), FailedAt.AddMinutes(1), FailedAt.AddMinutes(1)], Enumerable.Range(1, 3).Select(r => policy.RetryAt(r, FailedAt)));
    }

    [Fact]
    public void A_list_of_waits_backs_off()
    {
        Assert.True(RetryPolicy.TryParse("PT1M, PT5M,PT30M", out var policy));

        Assert.Equal(3, policy.Retries);
        Assert.Equal([FailedAt.AddMinutes(1), FailedAt.AddMinutes(5), FailedAt.AddMinutes(30)], Enumerable.Range(1, 3).Select(r => policy.RetryAt(r, FailedAt)));
    }

    [Theory]
    [InlineData("R/PT1M")] // unbounded: the failure would never reach an administrator
    [InlineData("R3/2026-01-01T00:00:00Z/PT1M")]
    [InlineData("three times")]
    [InlineData("PT1M,,PT5M")]
    [InlineData("")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(RetryPolicy.TryParse(text, out _));
    }
}
