using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Dossiers;
using PartyWorkflows.Web.Features.Users;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>
/// GET /api/instances/{id}?purpose=: the dossier of one case (state, tasks, timers, audit timeline, incidents), for
/// administrators and for members seated on an organisation that has or had a task on it. Every read is recorded in
/// dossier_reads with the reader, the time and the stated purpose.
/// </summary>
public static class GetInstance
{
    public static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> Handle(
        Guid id, string? purpose, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (instance, denied) = await DossierAccess.OpenAsync(id, user, db, seats, cancellationToken);
        if (instance is null)
        {
            return denied!;
        }

        await DossierReadLog.RecordAsync(db, user.UserId(), id, instance.BusinessKey, purpose, time.GetUtcNow(), cancellationToken);

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var timers = await db.Timers.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.DueAt)
            .Select(t => new InstanceTimer(t.Id, t.ElementId, t.Purpose, t.DueAt)).ToListAsync(cancellationToken);
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.InstanceId == id).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
        var organisationIds = tasks.Select(t => t.OrganisationId).OfType<Guid>().Append(instance.SubjectOrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var processName = await db.Definitions.AsNoTracking()
            .Where(d => d.ProcessId == instance.ProcessId && d.Version == instance.DefinitionVersion)
            .Select(d => d.Name).SingleOrDefaultAsync(cancellationToken);
        var people = await UserNames.OfAsync(db,
            tasks.SelectMany(t => new[] { t.ClaimedBy, t.CompletedBy }).Concat(audit.Select(a => a.Actor)).Concat(incidents.Select(i => i.ResolvedBy)),
            cancellationToken);
        var state = InstanceStateJson.Deserialize(instance.State);

        return TypedResults.Ok(new InstanceDetail(
            instance.Id, instance.ProcessId, processName, instance.DefinitionVersion, instance.BusinessKey, instance.SubjectOrganisationId,
            organisations.GetValueOrDefault(instance.SubjectOrganisationId), instance.Status, instance.StartedAt, instance.EndedAt,
            state.EndReason, state.Variables,
            tasks.ConvertAll(t => new InstanceTask(t.Id, t.ElementId, t.Name, t.Status, t.OrganisationId,
                t.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null, t.CommitteeBody, t.CreatedAt, t.DueAt,
                people.NameOf(t.ClaimedBy), t.CompletedAt, people.NameOf(t.CompletedBy))),
            timers,
            audit.ConvertAll(a => new TimelineEntry(a.At, a.Action, people.NameOf(a.Actor), a.ElementId, a.TaskId,
                a.Data is null ? null : JsonDocument.Parse(a.Data).RootElement.Clone())),
            incidents.ConvertAll(i => new InstanceIncident(i.Id, i.ElementId, i.Kind, i.Message, i.CreatedAt, i.ResolvedAt, people.NameOf(i.ResolvedBy)))));
    }
}
