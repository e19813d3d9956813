using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The December grading campaign (seed 001_29955938909379e1.txt: the year-end grading of members by their cell): one
/// member-grading instance per cell and year, subject the cell, with the year and the cell's members to grade — full
/// and probationary members, not the exempted ("Những đảng viên đã được miễn công tác và sinh hoạt đảng thì không phải
/// đánh giá"). One ordered scan of the members index; the instance id derives from the business key, so a re-run
/// starts nothing twice.
/// </summary>
public sealed class GradingCampaignDuty(WorkflowDbContext db, DutyStarts starts) : IPeriodicDuty
{
    public const string DutyId = "member-grading-campaign";
    public const string ProcessId = "member-grading";

    public string Id => DutyId;

    public static string BusinessKey(Guid cellOrganisationId, int year) => $"{ProcessId}/{cellOrganisationId}/{year}";

    public async Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var year = occasion.OccurrenceDay.Year;
        var graded = MemberList.Graded.Select(StoredNames.Of).ToList();
        var members = await db.Members.AsNoTracking()
            .Where(m => graded.Contains(m.Status))
            .OrderBy(m => m.OrganisationId).ThenBy(m => m.FullName).ThenBy(m => m.BusinessKey)
            .Select(m => new { m.OrganisationId, m.BusinessKey, m.FullName, m.Standing })
            .ToListAsync(cancellationToken);

        var items = members.GroupBy(m => m.OrganisationId).Select(cell =>
        {
            var businessKey = BusinessKey(cell.Key, year);
            return new StartItem(NameBasedId.For(businessKey), cell.Key, businessKey, DutyStarts.Variables(
                ("year", year),
                ("members", cell.Select(m => new { memberKey = m.BusinessKey, fullName = m.FullName, standing = m.Standing }).ToList())));
        });
        return await starts.StartAsync(ProcessId, DutyId, items, started: null, cancellationToken);
    }
}
