using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>
/// POST /api/instances/bulk: many cases at once (the annual grading of every cell), accepted at once and started on
/// the bus in batches of <see cref="BatchSize"/>. Instance ids are chosen here, so a redelivered batch starts nothing twice.
/// </summary>
public static class BulkStartInstances
{
    public const int BatchSize = 500;

    public static async Task<Results<Accepted<BulkStartResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        BulkStartRequest request, ClaimsPrincipal user, DefinitionStore definitions,
        [FromServices] IBulkStartDispatcher? dispatcher, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ProcessId))
        {
            return Problem.Invalid("processId", "Mã quy trình (processId) là bắt buộc.");
        }

        if (request.Items is not { Count: > 0 } items)
        {
            return Problem.Invalid("items", "Danh sách hồ sơ cần mở (items) không được để trống.");
        }

        var missing = items.FindIndex(i => i.SubjectOrganisationId is null || i.SubjectOrganisationId == Guid.Empty);
        if (missing >= 0)
        {
            return Problem.Invalid($"items[{missing}].subjectOrganisationId", $"Hồ sơ thứ {missing + 1} thiếu tổ chức đảng là đối tượng.");
        }

        if (await definitions.LatestAsync(request.ProcessId, cancellationToken) is null)
        {
            return Problem.Invalid("processId", $"Quy trình '{request.ProcessId}' chưa được triển khai.");
        }

        if (dispatcher is null)
        {
            return Problem.Of(StatusCodes.Status503ServiceUnavailable, "Chưa cấu hình hàng đợi thông điệp nên chưa mở hồ sơ hàng loạt được.");
        }

        var batchId = Guid.NewGuid();
        var requestedBy = user.UserId();
        var batches = items
            .Select(i => new StartItem(Guid.NewGuid(), i.SubjectOrganisationId!.Value, i.BusinessKey, i.Variables))
            .Chunk(BatchSize)
            .Select(chunk => new StartInstances(batchId, request.ProcessId, requestedBy, chunk))
            .ToList();
        await dispatcher.DispatchAsync(batches, cancellationToken);
        return TypedResults.Accepted((string?)null, new BulkStartResponse(batchId, items.Count));
    }
}
