using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Deadlines;

namespace PartyWorkflows.Membership.Transfers;

/// <summary>
/// The two working-day limits of a full transfer (chuyển sinh hoạt đảng chính thức) under Quy định 294-QĐ/TW ngày
/// 26/5/2025 (named in the preamble of seed 003_8ecac7def258469f.txt, whose §1.3 and §1.8 set the cases; the seed does
/// not quote the figures, which come from the regulation): the member starts the transfer within 60 working days of the
/// decision (retirement, end of contract, recruitment, graduation …) or of the move, and presents the introduction letter
/// to the receiving cell within 30 working days of its issue. Both count from the day after (DESIGN.md).
/// </summary>
public static class TransferDeadlines
{
    public const int StartWorkingDays = 60;
    public const int PresentWorkingDays = 30;

    public static WorkingDayDeadline Start(IWorkingDayCalendar calendar, DateOnly decisionOrMove) =>
        WorkingDayDeadline.After(calendar, decisionOrMove, StartWorkingDays);

    public static WorkingDayDeadline Presentation(IWorkingDayCalendar calendar, DateOnly letterIssuedOn) =>
        WorkingDayDeadline.After(calendar, letterIssuedOn, PresentWorkingDays);
}
