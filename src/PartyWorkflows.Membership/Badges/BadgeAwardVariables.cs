using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Membership.Badges;

/// <summary>Start variables of workflows/badge-award.bpmn, computed from the badge rules.</summary>
public static class BadgeAwardVariables
{
    public const string ProcessId = "badge-award";

    public static Dictionary<string, JsonElement> ForStart(
        IWorkingDayCalendar calendar, string memberKey, int milestoneYears, BadgeCaseKind kind, DateOnly round, SubmissionExemption exemption)
    {
        // Midnight Vietnam time with an explicit offset, so the timer (timeDate) and the gateway's Date.parse agree.
        var earliest = BadgeSubmissionWindow.EarliestSubmission(calendar, round)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00";
        return new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            // record-badge-award writes the badge onto this member's record, under this milestone.
            ["memberKey"] = JsonSerializer.SerializeToElement(memberKey),
            ["milestoneYears"] = JsonSerializer.SerializeToElement(milestoneYears),
            ["caseKind"] = JsonSerializer.SerializeToElement(CaseKindValue(kind)),
            ["roundDate"] = JsonSerializer.SerializeToElement(round.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["earliestSubmission"] = JsonSerializer.SerializeToElement(earliest),
            // Seed 003 §1.9 binds the lead time to awards at the rounds ("tặng, truy tặng … đợt 03/2, 19/5, 02/9, 07/11"); re-issue of a lost badge is not among them.
            ["leadTimeApplies"] = JsonSerializer.SerializeToElement(exemption == SubmissionExemption.None && kind != BadgeCaseKind.LostReissue),
        };
    }

    private static string CaseKindValue(BadgeCaseKind kind) => kind switch
    {
        BadgeCaseKind.Award => "award",
        BadgeCaseKind.LostReissue => "reissue",
        BadgeCaseKind.Posthumous => "posthumous",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
