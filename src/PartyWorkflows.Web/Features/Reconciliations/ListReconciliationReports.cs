using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Reconciliations;

/// <summary>
/// GET /api/organisations/{organisationId}/reconciliation-reports: the reconciliation reports kept for a cell or
/// grassroots organisation (seed 003_8ecac7def258469f.txt §1.1), newest period first. Only someone seated on that
/// organisation or above it (or an administrator) may read them.
/// </summary>
public static class ListReconciliationReports
{
    public static async Task<Results<Ok<List<ReconciliationReport>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organisationId, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return Problem.Invalid("organisationId", $"Không tìm thấy tổ chức đảng {organisationId}.");
        }

        if (!user.IsAdministrator() && !await seats.SitsInOrAboveAsync(user.UserId(), organisationId, cancellationToken))
        {
            return Problem.Forbidden("Đồng chí chỉ xem được biên bản đối chiếu của tổ chức mình giữ chức vụ hoặc tổ chức cấp dưới.");
        }

        var reports = await db.ReconciliationReports.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId)
            .OrderByDescending(r => r.Period)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(reports.Select(r => new ReconciliationReport(r.Id, r.OrganisationId, r.Period, r.Scope, r.ListedCount,
            r.DossierCount, JsonDocument.Parse(r.Discrepancies).RootElement, r.InstanceId, r.CreatedAt, r.SignedOffBy, r.SignedOffAt)).ToList());
    }
}
