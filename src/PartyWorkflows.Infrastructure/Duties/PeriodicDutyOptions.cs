namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The schedules of the periodic duties, as cron expressions read in <see cref="Scheduling.SchedulingOptions.TimeZone"/>
/// (Asia/Ho_Chi_Minh); bindable from PartyWorkflows:PeriodicDuties. A duty left out of <see cref="Schedules"/> is not scheduled.
/// </summary>
public sealed class PeriodicDutyOptions
{
    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.Ordinal)
    {
        // Seed 000 §IV.2, seed 003 §1.3: every three months — the first day of each quarter.
        [TransferSlipCheckDuty.DutyId] = "0 6 1 1,4,7,10 *",

        // Seed 003 §1.1: each cell every six months — mid-June and mid-December, inside the half-year they cover.
        [CellReconciliationDuty.DutyId] = "0 6 15 6,12 *",

        // Seed 003 §1.1: the superior committee once a year, in December after the cells.
        [GrassrootsReconciliationDuty.DutyId] = "0 6 20 12 *",

        // Seed 001: the annual grading is done in December.
        [GradingCampaignDuty.DutyId] = "0 6 1 12 *",
    };

    /// <summary>Instances started per bulk transaction.</summary>
    public int BatchSize { get; set; } = 5000;
}
