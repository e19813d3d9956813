namespace PartyWorkflows.Membership.Members;

/// <summary>
/// The periods of the member-list reconciliation (seed 003_8ecac7def258469f.txt §1.1): every six months each cell with
/// its grassroots committee ("6 tháng/lần"), once a year the superior committee with each grassroots organisation
/// ("01 năm/lần"). The key names the period in business keys and reports.
/// </summary>
public sealed record ReconciliationPeriod(ReconciliationScope Scope, string Key)
{
    /// <summary>The half-year containing <paramref name="day"/>: "2026-H1" (January–June) or "2026-H2".</summary>
    public static ReconciliationPeriod HalfYearOf(DateOnly day) =>
        new(ReconciliationScope.CellWithGrassroots, $"{day.Year}-H{(day.Month <= 6 ? 1 : 2)}");

    /// <summary>The year containing <paramref name="day"/>: "2026".</summary>
    public static ReconciliationPeriod YearOf(DateOnly day) =>
        new(ReconciliationScope.GrassrootsWithSuperior, $"{day.Year}");
}
