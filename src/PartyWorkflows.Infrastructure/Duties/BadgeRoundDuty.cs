using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Badges;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// Prepares the next badge round after the scheduled occurrence (seed 000_29c5dfa480f916c0.txt §VI; seed
/// 003_8ecac7def258469f.txt §1.9): one badge-award instance per listed member whose milestone (30, 40, 45 … 90 years of
/// party age) falls due at that round, at the member's cell. The workflow holds the list until the 30th working day
/// before the round, so it reaches the province's standing committee not earlier than the seed allows; starting two
/// months ahead leaves the cell, grassroots and superior steps time to be done by then. Per milestone one range scan
/// of the admission-date index, then the exact rule (<see cref="BadgeAwardRounds.ForMilestone"/>) on the few
/// candidates. Business key badge-award/{memberKey}/{years}; the instance id derives from it.
/// </summary>
public sealed class BadgeRoundDuty(WorkflowDbContext db, DutyStarts starts, IWorkingDayCalendar calendar) : IPeriodicDuty
{
    public const string DutyId = "badge-round-preparation";

    public string Id => DutyId;

    public static string BusinessKey(string memberKey, int years) => $"{BadgeAwardVariables.ProcessId}/{memberKey}/{years}";

    public async Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var round = BadgeAwardRounds.FirstOnOrAfter(occasion.OccurrenceDay.AddDays(1));
        var previous = BadgeAwardRounds.Of(round.Year - 1).Concat(BadgeAwardRounds.Of(round.Year)).Last(r => r < round);
        var listed = MemberList.Listed.Select(StoredNames.Of).ToList();

        var items = new List<StartItem>();
        foreach (var years in BadgeMilestones.Years)
        {
            // A day's margin each side for 29 February; the exact rule below decides.
            var from = previous.AddYears(-years).AddDays(-1);
            var to = round.AddYears(-years).AddDays(1);
            var candidates = await db.Members.AsNoTracking()
                .Where(m => m.AdmittedOn >= from && m.AdmittedOn <= to && listed.Contains(m.Status))
                .Select(m => new { m.BusinessKey, m.FullName, m.OrganisationId, m.AdmittedOn })
                .ToListAsync(cancellationToken);
            items.AddRange(candidates
                .Where(m => BadgeAwardRounds.ForMilestone(m.AdmittedOn, years) == round)
                .Select(m =>
                {
                    var businessKey = BusinessKey(m.BusinessKey, years);
                    var variables = BadgeAwardVariables.ForStart(calendar, m.BusinessKey, years, BadgeCaseKind.Award, round, SubmissionExemption.None);
                    foreach (var (name, value) in DutyStarts.Variables(("fullName", m.FullName)))
                    {
                        variables[name] = value;
                    }

                    return new StartItem(NameBasedId.For(businessKey), m.OrganisationId, businessKey, variables);
                }));
        }

        return await starts.StartAsync(BadgeAwardVariables.ProcessId, DutyId, items, started: null, cancellationToken);
    }
}
