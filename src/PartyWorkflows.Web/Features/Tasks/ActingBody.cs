using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Tasks;

/// <summary>
/// Who may act on a task (complete it, attach files to it): a member seated on its acting body, while it is open, and
/// only its claimer once someone has claimed it.
/// </summary>
public static class ActingBody
{
    /// <returns>The task, or the 404 / 403 / 409 problem to answer instead.</returns>
    public static async Task<(TaskRecord? Task, ProblemHttpResult? Refused)> OpenAsync(
        Guid id, string userId, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var (task, refused) = await SeatedOnOpenAsync(id, userId, db, seats, cancellationToken);
        if (task?.ClaimedBy is { } claimer && claimer != userId)
        {
            return (null, Problem.Forbidden($"Nhiệm vụ '{task.Name}' đã được đồng chí khác nhận; chỉ người nhận mới xử lý được."));
        }

        return (task, refused);
    }

    /// <summary>The same rule before the claim is considered: what claiming and releasing a task need.</summary>
    public static async Task<(TaskRecord? Task, ProblemHttpResult? Refused)> SeatedOnOpenAsync(
        Guid id, string userId, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return (null, Problem.NotFound($"Không tìm thấy nhiệm vụ {id}."));
        }

        if (!await seats.SitsOnBodyOfAsync(userId, task, cancellationToken))
        {
            return (null, Problem.Forbidden($"Nhiệm vụ '{task.Name}' thuộc thẩm quyền của cấp ủy khác; đồng chí không giữ chức vụ ở đó."));
        }

        return task.Status == TaskStatuses.Open ? (task, null) : (null, Problem.Conflict($"Nhiệm vụ '{task.Name}' đã được xử lý xong."));
    }
}
