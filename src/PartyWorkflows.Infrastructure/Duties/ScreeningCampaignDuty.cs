using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The January screening round (seed 003_8ecac7def258469f.txt §2.4: "Hằng năm, sau khi thực hiện việc kiểm điểm, đánh
/// giá, xếp loại … chi bộ xây dựng kế hoạch và thực hiện rà soát, sàng lọc đảng viên"; the criteria of §2.1–2.3): one
/// member-screening-round instance per cell, with every member on the cell's list. The year screened is the one just
/// graded: the year before the scheduled occurrence.
/// </summary>
public sealed class ScreeningCampaignDuty(CellCampaign campaign) : IPeriodicDuty
{
    public const string DutyId = "member-screening-campaign";
    public const string ProcessId = "member-screening-round";

    public string Id => DutyId;

    public Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var year = occasion.OccurrenceDay.Year - 1;
        var listed = MemberList.Listed.Select(StoredNames.Of).ToList();
        return campaign.OpenAsync(ProcessId, DutyId, $"{year}", m => listed.Contains(m.Status), [("year", year)], cancellationToken);
    }
}
