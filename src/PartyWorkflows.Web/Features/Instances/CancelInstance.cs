using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>POST /api/instances/{id}/cancel (administrators): stops a case; the reason goes into its timeline.</summary>
public static class CancelInstance
{
    public static async Task<Results<Ok<CancelInstanceResponse>, ValidationProblem>> Handle(
        Guid id, CancelInstanceRequest request, ClaimsPrincipal user, WorkflowCommandProcessor processor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Problem.Invalid("reason", "Lý do hủy hồ sơ (reason) là bắt buộc.");
        }

        var result = await processor.ExecuteAsync(id,
            new Engine.Runtime.Commands.CancelInstance(request.Reason.Trim()) { Actor = user.UserId() }, cancellationToken);
        return TypedResults.Ok(new CancelInstanceResponse(id, StoredNames.Of(result.State.Status)));
    }
}
