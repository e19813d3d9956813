using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>A case is graded under the policy in force on its date; Quy định 366-QĐ/TW from 30/8/2025.</summary>
public sealed class GradingPoliciesTests
{
    [Fact]
    public void The_policy_switches_on_the_effective_date()
    {
        Assert.Equal(GradingPolicy.Seed001, GradingPolicies.For(new DateOnly(2025, 8, 29)));
        Assert.Equal(GradingPolicy.Regulation366, GradingPolicies.For(new DateOnly(2025, 8, 30)));
    }

    [Fact]
    public void Earlier_years_use_seed_001_and_later_ones_regulation_366()
    {
        Assert.Equal(GradingPolicy.Seed001, GradingPolicies.For(new DateOnly(2024, 12, 20)));
        Assert.Equal(GradingPolicy.Regulation366, GradingPolicies.For(new DateOnly(2026, 12, 20)));
    }
}
