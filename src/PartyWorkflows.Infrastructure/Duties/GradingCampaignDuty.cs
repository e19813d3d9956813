using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The December grading campaign (seed 001_29955938909379e1.txt §D.V.1: "chỉ đạo việc đánh giá chất lượng tổ chức đảng
/// và đảng viên trong tháng 12 hằng năm"), for the year of the scheduled occurrence; the workflows carry the seed's
/// timetable (31/12, 20/01).
/// <list type="bullet">
/// <item>member-grading, one per cell and year (business key member-grading/{cellId}/{year}), with the cell's members to
/// grade — full and probationary members, not the exempted ("Những đảng viên đã được miễn công tác và sinh hoạt đảng thì
/// không phải đánh giá") — and grassrootsCell for a chi bộ cơ sở;</item>
/// <item>organisation-grading, one per cell and grassroots organisation and year (business key
/// organisation-grading/{organisationId}/{year}), with cell = true for a cell under a grassroots committee.</item>
/// </list>
/// Instance ids derive from the business keys, so a re-run starts nothing twice.
/// </summary>
public sealed class GradingCampaignDuty(WorkflowDbContext db, CellCampaign campaign, DutyStarts starts) : IPeriodicDuty
{
    public const string DutyId = "grading-campaign";
    public const string MemberGradingProcessId = "member-grading";
    public const string OrganisationGradingProcessId = "organisation-grading";

    public string Id => DutyId;

    public async Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var year = occasion.OccurrenceDay.Year;
        var cell = StoredNames.Of(OrganisationKind.Cell);
        var grassrootsCell = StoredNames.Of(OrganisationKind.GrassrootsCell);
        var grassroots = StoredNames.Of(OrganisationKind.Grassroots);
        var graded = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == cell || o.Kind == grassrootsCell || o.Kind == grassroots)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Kind })
            .ToListAsync(cancellationToken);
        var grassrootsCells = graded.Where(o => o.Kind == grassrootsCell).Select(o => o.Id).ToHashSet();

        var gradedStatuses = MemberList.Graded.Select(StoredNames.Of).ToList();
        var opened = await campaign.OpenAsync(MemberGradingProcessId, DutyId, $"{year}", m => gradedStatuses.Contains(m.Status),
            [("year", year)], cancellationToken, id => [("grassrootsCell", grassrootsCells.Contains(id))]);

        var organisations = graded.Select(o =>
        {
            var businessKey = $"{OrganisationGradingProcessId}/{o.Id}/{year}";
            return new StartItem(NameBasedId.For(businessKey), o.Id, businessKey,
                DutyStarts.Variables(("year", year), ("cell", o.Kind == cell)));
        });
        return opened + await starts.StartAsync(OrganisationGradingProcessId, DutyId, organisations, started: null, cancellationToken);
    }
}
