using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Members;

/// <summary>
/// GET /api/members: members of the cells at or below the user's seats (administrators: all), optionally narrowed to an
/// organisation's subtree, a status, and a search term matched against the name (ignoring case and accents), the member key or a
/// card number the member holds. Paged, ordered by name.
/// </summary>
public static class ListMembers
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static async Task<Results<Ok<MemberPage>, ValidationProblem, ProblemHttpResult>> Handle(
        ClaimsPrincipal user, WorkflowDbContext db, Guid? organisationId, string? search, string? status, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            return Problem.Invalid("pageSize", $"Số đảng viên mỗi trang (pageSize) phải từ 1 đến {MaxPageSize}.");
        }

        var number = page ?? 1;
        if (number < 1)
        {
            return Problem.Invalid("page", "Số trang (page) bắt đầu từ 1.");
        }

        var statusName = status?.Trim();
        if (!string.IsNullOrEmpty(statusName) && !Enum.GetValues<MemberStatus>().Any(s => StoredNames.Of(s) == statusName))
        {
            return Problem.Invalid("status", $"Trạng thái (status) phải là một trong: {string.Join(", ", Enum.GetValues<MemberStatus>().Select(StoredNames.Of))}.");
        }

        if (organisationId is { } requested && !await db.Organisations.AnyAsync(o => o.Id == requested, cancellationToken))
        {
            return Problem.Invalid("organisationId", $"Không tìm thấy tổ chức đảng {requested}.");
        }

        HashSet<Guid>? scope = user.IsAdministrator() ? null : await OrganisationSubtree.OfSeatsAsync(db, user.UserId(), cancellationToken);
        if (organisationId is { } root)
        {
            if (scope is not null && !scope.Contains(root))
            {
                return Problem.Forbidden("Đồng chí chỉ xem được đảng viên của tổ chức mình giữ chức vụ hoặc tổ chức cấp dưới.");
            }

            scope = await OrganisationSubtree.AtOrBelowAsync(db, [root], cancellationToken);
        }

        var query = db.Members.AsNoTracking();
        if (scope is not null)
        {
            var organisations = scope.ToList();
            query = query.Where(m => organisations.Contains(m.OrganisationId));
        }

        if (!string.IsNullOrEmpty(statusName))
        {
            query = query.Where(m => m.Status == statusName);
        }

        if (search?.Trim() is { Length: > 0 } term)
        {
            var byName = query.Where(AccentFolding.NameContains(term));
            var byKeyOrCard = query.Where(m => m.BusinessKey == term || db.CardNumbers.Any(n => n.Value == term && n.MemberKey == m.BusinessKey));
            query = byName.Union(byKeyOrCard);
        }

        var total = await query.CountAsync(cancellationToken);
        var members = await query.OrderBy(m => m.FullName).ThenBy(m => m.BusinessKey)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var organisationIds = members.Select(m => m.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return TypedResults.Ok(new MemberPage(total, number, size,
            members.ConvertAll(m => MemberSummaries.Of(m, names.GetValueOrDefault(m.OrganisationId)))));
    }
}
