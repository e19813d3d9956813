using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Membership;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Web.Features.Forms;

/// <summary>
/// Gathers what a case's forms are printed from: its variables, the user tasks it has opened so far and those open now, the names of the
/// committees above its subject, and today's date in Vietnam.
/// </summary>
public static class InstanceFactsLoader
{
    public static async Task<InstanceFacts> LoadAsync(InstanceRecord instance, WorkflowDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reached = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instance.Id).Select(t => t.ElementId).Distinct()
            .ToListAsync(cancellationToken);
        var directory = new OrganisationDirectory(db);
        async Task<Organisation?> At(string level) => await directory.ResolveAsync(instance.SubjectOrganisationId, level, cancellationToken);
        var grassroots = await At(CommitteeVocabulary.Grassroots);
        var chain = new OrganisationChain(
            (await At(CommitteeVocabulary.Cell))?.Name,
            grassroots?.Name,
            grassroots?.Kind == OrganisationKind.GrassrootsCell,
            (await At(CommitteeVocabulary.Superior))?.Name,
            (await At(CommitteeVocabulary.Province))?.Name);
        var state = InstanceStateJson.Deserialize(instance.State);
        return new InstanceFacts(instance.ProcessId, state.Variables, reached.ToHashSet(StringComparer.Ordinal), chain, VietnamTime.Today(time))
        {
            OpenElements = state.Tasks.Select(t => t.ElementId).ToHashSet(StringComparer.Ordinal),
        };
    }
}
