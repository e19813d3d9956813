using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// When the superior committee may submit the list to the province's standing committee. Seed 003 §1.9: "Thời gian
/// cấp ủy cấp trên của tổ chức đảng trình Ban Thường vụ Đảng ủy không được trước 30 ngày làm việc (trừ các trường hợp
/// đặc biệt và các trường hợp tặng sớm theo quy định)". The seeds give no latest date.
/// </summary>
public static class BadgeSubmissionWindow
{
    public const int LeadWorkingDays = 30;

    /// <summary>The 30th working day before the round: the earliest day the list may be submitted.</summary>
    public static DateOnly EarliestSubmission(IWorkingDayCalendar calendar, DateOnly round)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(round, -LeadWorkingDays);
    }

    public static RuleOutcome Check(IWorkingDayCalendar calendar, DateOnly round, DateOnly submittedOn, SubmissionExemption exemption)
    {
        if (exemption != SubmissionExemption.None)
        {
            return RuleOutcome.Allow("Trường hợp đặc biệt hoặc tặng sớm: không áp dụng thời hạn trình trước 30 ngày làm việc.");
        }

        var earliest = EarliestSubmission(calendar, round);
        return submittedOn >= earliest
            ? RuleOutcome.Allow($"Trình đợt {round:dd/MM/yyyy} từ ngày {earliest:dd/MM/yyyy} là đúng thời hạn.")
            : RuleOutcome.Deny($"Chưa được trình đợt {round:dd/MM/yyyy} trước ngày {earliest:dd/MM/yyyy} (không được trước 30 ngày làm việc).");
    }
}
