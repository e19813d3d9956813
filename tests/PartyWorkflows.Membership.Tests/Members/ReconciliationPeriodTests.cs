using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Members;

/// <summary>Seed 003_8ecac7def258469f.txt §1.1: cells every six months, the superior committee once a year.</summary>
public sealed class ReconciliationPeriodTests
{
    [Theory]
    [InlineData("2026-01-01", "2026-H1")]
    [InlineData("2026-06-30", "2026-H1")]
    [InlineData("2026-07-01", "2026-H2")]
    [InlineData("2026-12-31", "2026-H2")]
    public void A_cell_reconciles_once_per_half_year(string day, string key)
    {
        var period = ReconciliationPeriod.HalfYearOf(DateOnly.Parse(day));
        Assert.Equal((ReconciliationScope.CellWithGrassroots, key), (period.Scope, period.Key));
    }

    [Fact]
    public void The_superior_committee_reconciles_once_a_year()
    {
        var period = ReconciliationPeriod.YearOf(new DateOnly(2026, 12, 20));
        Assert.Equal((ReconciliationScope.GrassrootsWithSuperior, "2026"), (period.Scope, period.Key));
    }
}
