using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Tasks;

/// <summary>
/// POST /api/tasks/{id}/claim and /unclaim: one member of the acting body takes the task so colleagues do not work on
/// it twice; a claimed task can only be completed by its claimer. Both are one conditional UPDATE, so two members
/// claiming at once cannot both win.
/// </summary>
public static class ClaimTask
{
    public static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> Claim(
        Guid id, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (await CheckAsync(id, userId, db, seats, cancellationToken) is { } problem)
        {
            return problem;
        }

        var claimed = await db.Tasks
            .Where(t => t.Id == id && t.Status == TaskStatuses.Open && (t.ClaimedBy == null || t.ClaimedBy == userId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, userId), cancellationToken);
        return claimed == 1
            ? TypedResults.Ok(new ClaimResponse(id, userId))
            : Problem.Conflict("Nhiệm vụ đã được đồng chí khác nhận xử lý.");
    }

    public static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> Unclaim(
        Guid id, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (await CheckAsync(id, userId, db, seats, cancellationToken) is { } problem)
        {
            return problem;
        }

        // Administrators may release a task left claimed by someone who is away.
        var administrator = user.IsAdministrator();
        var released = await db.Tasks
            .Where(t => t.Id == id && t.Status == TaskStatuses.Open && (t.ClaimedBy == userId || (administrator && t.ClaimedBy != null)))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null), cancellationToken);
        return released == 1
            ? TypedResults.Ok(new ClaimResponse(id, null))
            : Problem.Conflict("Chỉ người đã nhận nhiệm vụ mới trả lại được nhiệm vụ này.");
    }

    private static async Task<ProblemHttpResult?> CheckAsync(
        Guid id, string userId, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken) =>
        (await ActingBody.SeatedOnOpenAsync(id, userId, db, seats, cancellationToken)).Refused;
}
