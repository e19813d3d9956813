using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Administration;

/// <summary>
/// POST and DELETE /api/admin/users/{userId}/positions {organisationId, body}: seat a user on a body of an organisation,
/// or take the seat away. Seats decide every task the user sees and acts on.
/// </summary>
public static class ChangePositions
{
    public static async Task<IResult> Add(
        string userId, PositionRequest? request, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (await CheckAsync(userId, request, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        var (organisationId, body) = (request!.OrganisationId!.Value, request.Body!);
        if (!await db.Positions.AnyAsync(p => p.UserId == userId && p.OrganisationId == organisationId && p.Body == body, cancellationToken))
        {
            db.Positions.Add(new PositionRecord { UserId = userId, OrganisationId = organisationId, Body = body });
            await db.SaveChangesAsync(cancellationToken);
        }

        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return TypedResults.Ok(new PositionSummary(organisationId, name, body));
    }

    public static async Task<IResult> Remove(
        string userId, Guid? organisationId, string? body, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var request = new PositionRequest(organisationId, body);
        if (await CheckAsync(userId, request, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        var removed = await db.Positions.Where(p => p.UserId == userId && p.OrganisationId == organisationId && p.Body == body)
            .ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? Problem.NotFound("Người dùng không giữ chức vụ này.") : TypedResults.NoContent();
    }

    private static async Task<IResult?> CheckAsync(string userId, PositionRequest? request, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (request?.OrganisationId is not { } organisationId)
        {
            return Problem.Invalid("organisationId", "Chọn tổ chức đảng (organisationId).");
        }

        if (request.Body is not { } body || !CommitteeVocabulary.Bodies.Contains(body))
        {
            return Problem.Invalid("body", $"Cơ quan (body) phải là một trong: {string.Join(", ", CommitteeVocabulary.Bodies)}.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Problem.NotFound($"Không tìm thấy người dùng {userId}.");
        }

        return await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken)
            ? null
            : Problem.Invalid("organisationId", $"Không tìm thấy tổ chức đảng {organisationId}.");
    }
}
