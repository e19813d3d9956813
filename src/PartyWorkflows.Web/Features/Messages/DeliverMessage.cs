using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Tasks;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Messages;

/// <summary>
/// POST /api/messages: an event from outside reaches the cases waiting for it, found by message name and business key
/// (e.g. a new violation during the help period, seed 003 appendix step 2, interrupts that member's education case).
/// The sender must be seated on (or above) the subject organisation of every such case; otherwise nothing is delivered.
/// </summary>
public static class DeliverMessage
{
    public static async Task<Results<Ok<DeliverMessageResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        DeliverMessageRequest request, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats,
        WorkflowCommandProcessor processor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MessageName))
        {
            return Problem.Invalid("messageName", "Tên thông điệp (messageName) là bắt buộc.");
        }

        if (string.IsNullOrWhiteSpace(request.BusinessKey))
        {
            return Problem.Invalid("businessKey", "Mã hồ sơ (businessKey) là bắt buộc để tìm hồ sơ đang chờ thông điệp.");
        }

        var waiting = await db.Subscriptions.AsNoTracking()
            .Where(s => s.MessageName == request.MessageName && s.BusinessKey == request.BusinessKey)
            .Join(db.Instances, s => s.InstanceId, i => i.Id, (s, i) => new { i.Id, i.SubjectOrganisationId })
            .Distinct().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return Problem.NotFound($"Không có hồ sơ mã '{request.BusinessKey}' nào đang chờ thông điệp '{request.MessageName}'.");
        }

        var userId = user.UserId();
        if (!user.IsAdministrator())
        {
            foreach (var instance in waiting)
            {
                if (!await seats.SitsInOrAboveAsync(userId, instance.SubjectOrganisationId, cancellationToken))
                {
                    return Problem.Forbidden("Đồng chí chỉ gửi được thông điệp cho hồ sơ của tổ chức mình giữ chức vụ hoặc tổ chức cấp dưới.");
                }
            }
        }

        var delivered = new List<DeliveredMessage>(waiting.Count);
        foreach (var instance in waiting)
        {
            var result = await processor.ExecuteAsync(instance.Id,
                new Engine.Runtime.Commands.DeliverMessage(request.MessageName, request.Variables) { Actor = userId }, cancellationToken);
            delivered.Add(new DeliveredMessage(instance.Id, StoredNames.Of(result.State.Status),
                await OpenedTasks.OfAsync(db, result, cancellationToken)));
        }

        return TypedResults.Ok(new DeliverMessageResponse(delivered));
    }
}
