using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Dossiers;
using PartyWorkflows.Web.Features.Tasks.Forms;
using PartyWorkflows.Web.Features.Users;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Tasks;

/// <summary>
/// GET /api/tasks/{id}?purpose=: the task with its instance's variables and form key, for those on its acting body.
/// The variables are the case's dossier data, so the read is logged like an instance detail.
/// </summary>
public static class GetTask
{
    public static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> Handle(
        Guid id, string? purpose, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Problem.NotFound($"Không tìm thấy nhiệm vụ {id}.");
        }

        if (!await seats.SitsOnBodyOfAsync(user.UserId(), task, cancellationToken))
        {
            return Problem.Forbidden($"Nhiệm vụ '{task.Name}' thuộc thẩm quyền của cấp ủy khác; đồng chí không giữ chức vụ ở đó.");
        }

        await DossierReadLog.RecordAsync(db, user.UserId(), task.InstanceId, task.BusinessKey, purpose ?? "task", time.GetUtcNow(), cancellationToken);
        var state = await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.State).SingleAsync(cancellationToken);
        var organisationName = await db.Organisations.Where(o => o.Id == task.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var people = await UserNames.OfAsync(db, [task.ClaimedBy, task.CompletedBy], cancellationToken);
        return TypedResults.Ok(new TaskDetail(
            task.Id, task.InstanceId, task.ElementId, task.Name, task.Status, task.ProcessId, task.BusinessKey, task.OrganisationId,
            organisationName, task.CommitteeLevel, task.CommitteeBody, task.FormKey, task.CreatedAt, task.DueAt,
            task.DueAt < time.GetUtcNow(), people.NameOf(task.ClaimedBy), task.CompletedAt, people.NameOf(task.CompletedBy),
            InstanceStateJson.Deserialize(state).Variables,
            task.LocalVariables is null ? null : JsonDocument.Parse(task.LocalVariables).RootElement.Clone(),
            TaskFormCatalogue.For(task.FormKey)));
    }
}
