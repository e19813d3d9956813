using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Tasks;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>
/// POST /api/instances: opens a case about an organisation on the latest version of a process. Only someone seated on
/// that organisation or above it (or an administrator) may open a case about it.
/// </summary>
public static class StartInstance
{
    public static async Task<Results<Created<StartInstanceResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        StartInstanceRequest request, ClaimsPrincipal user, WorkflowDbContext db, DefinitionStore definitions, SeatAccess seats,
        WorkflowCommandProcessor processor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ProcessId))
        {
            return Problem.Invalid("processId", "Mã quy trình (processId) là bắt buộc.");
        }

        if (request.SubjectOrganisationId is not { } organisationId || organisationId == Guid.Empty)
        {
            return Problem.Invalid("subjectOrganisationId", "Tổ chức đảng là đối tượng của hồ sơ (subjectOrganisationId) là bắt buộc.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return Problem.Invalid("subjectOrganisationId", $"Không tìm thấy tổ chức đảng {organisationId}.");
        }

        if (await definitions.LatestAsync(request.ProcessId, cancellationToken) is null)
        {
            return Problem.Invalid("processId", $"Quy trình '{request.ProcessId}' chưa được triển khai.");
        }

        var userId = user.UserId();
        if (!user.IsAdministrator() && !await seats.SitsInOrAboveAsync(userId, organisationId, cancellationToken))
        {
            return Problem.Forbidden("Đồng chí chỉ mở được hồ sơ về tổ chức mình giữ chức vụ hoặc tổ chức cấp dưới.");
        }

        var result = await processor.StartAsync(
            request.ProcessId, organisationId, request.Variables, request.BusinessKey, userId, cancellationToken);
        return TypedResults.Created(
            $"/api/instances/{result.State.Id}",
            new StartInstanceResponse(result.State.Id, await OpenedTasks.OfAsync(db, result, cancellationToken)));
    }
}
