using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The December grading campaign (seed 001_29955938909379e1.txt: the year-end grading of members by their cell): one
/// member-grading instance per cell and year, subject the cell, with the year and the cell's members to grade — full
/// and probationary members, not the exempted ("Những đảng viên đã được miễn công tác và sinh hoạt đảng thì không phải
/// đánh giá"). The year is that of the scheduled occurrence; the seed's timetable goes with it (§V: reportedBy,
/// conferencesBy, appraisedBy).
/// </summary>
public sealed class GradingCampaignDuty(CellCampaign campaign) : IPeriodicDuty
{
    public const string DutyId = "member-grading-campaign";
    public const string ProcessId = "member-grading";

    public string Id => DutyId;

    public Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var year = occasion.OccurrenceDay.Year;
        var graded = MemberList.Graded.Select(StoredNames.Of).ToList();
        var timetable = GradingTimetable.For(year);
        return campaign.OpenAsync(ProcessId, DutyId, $"{year}", m => graded.Contains(m.Status),
            [("year", year), ("reportedBy", timetable.ReportedBy), ("conferencesBy", timetable.ConferencesBy), ("appraisedBy", timetable.AppraisedBy)],
            cancellationToken);
    }
}
