using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>
/// Who may read a case's dossier (its detail and its forms): administrators, and members seated on an organisation that
/// has or had a task on it.
/// </summary>
public static class DossierAccess
{
    /// <returns>The instance, or the 404 / 403 problem to answer instead.</returns>
    public static async Task<(InstanceRecord? Instance, ProblemHttpResult? Denied)> OpenAsync(
        Guid id, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instance is null)
        {
            return (null, Problem.NotFound($"Không tìm thấy hồ sơ {id}."));
        }

        return user.IsAdministrator() || await seats.TookPartInAsync(user.UserId(), id, cancellationToken)
            ? (instance, null)
            : (null, Problem.Forbidden("Đồng chí chỉ xem được hồ sơ mà tổ chức mình đã hoặc đang xử lý."));
    }
}
