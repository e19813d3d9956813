namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The schedules of the periodic duties, as cron expressions read in <see cref="Scheduling.SchedulingOptions.TimeZone"/>
/// (Asia/Ho_Chi_Minh); bindable from PartyWorkflows:PeriodicDuties. A duty whose schedule is empty is not scheduled.
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

        // Seed 001 §D.V.1: members and organisations are graded in December.
        [GradingCampaignDuty.DutyId] = "0 6 1 12 *",

        // Seed 003 §2.4: screening follows the grading — in January.
        [ScreeningCampaignDuty.DutyId] = "0 6 10 1 *",

        // Seed 003 §1.9: each badge round (3/2, 19/5, 2/9, 7/11) prepared about two months ahead, so the cells, the
        // grassroots and the superior committees have done their steps by the first day the list may go up.
        [BadgeRoundDuty.DutyId] = "0 6 1 12,3,7,9 *",

        // Seed 000 §V.2: new full members' cards, reminded monthly.
        [CardReminderDuty.DutyId] = "0 6 5 * *",
    };

    /// <summary>Instances started per bulk transaction.</summary>
    public int BatchSize { get; set; } = 5000;
}
