using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Infrastructure.Inbox;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Users;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Inbox;

/// <summary>GET /api/inbox: the open tasks of the bodies the user sits on, overdue first, with the header counters.</summary>
public static class GetInbox
{
    public const int DueSoonWorkingDays = 3;
    public const int DefaultPageSize = 20;

    public static async Task<Results<Ok<InboxResponse>, ValidationProblem>> Handle(
        ClaimsPrincipal user, InboxQuery inbox, WorkflowDbContext db, IWorkingDayCalendar calendar, TimeProvider time,
        string? processId, Guid? organisationId, string? search, DateTimeOffset? dueBefore, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > InboxQuery.MaxLimit)
        {
            return Problem.Invalid("pageSize", $"Số nhiệm vụ mỗi trang (pageSize) phải từ 1 đến {InboxQuery.MaxLimit}.");
        }

        var number = page ?? 1;
        if (number < 1)
        {
            return Problem.Invalid("page", "Số trang (page) bắt đầu từ 1.");
        }

        var userId = user.UserId();
        var filter = new InboxFilter(processId, organisationId, Search: search, DueBefore: dueBefore, Offset: (number - 1) * size, Limit: size);
        var result = await inbox.ForUserAsync(userId, filter, DueSoonHorizon(calendar, time), cancellationToken);
        return TypedResults.Ok(new InboxResponse(result.Total, result.Overdue, result.DueSoon, number, size,
            await EnrichAsync(db, result.Items, cancellationToken)));
    }

    /// <summary>The end of the third working day from today, Vietnam time: a whole-working-day deadline ends at 00:00 of the next day.</summary>
    private static DateTimeOffset DueSoonHorizon(IWorkingDayCalendar calendar, TimeProvider time)
    {
        var lastDay = calendar.AddWorkingDays(VietnamTime.Today(time), DueSoonWorkingDays);
        return new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
    }

    /// <summary>Names of organisations and processes, and the claimer, for one page: three small keyed queries.</summary>
    private static async Task<List<InboxEntry>> EnrichAsync(WorkflowDbContext db, IReadOnlyList<InboxItem> items, CancellationToken cancellationToken)
    {
        var taskIds = items.Select(i => i.TaskId).ToList();
        var claims = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id) && t.ClaimedBy != null)
            .ToDictionaryAsync(t => t.Id, t => t.ClaimedBy, cancellationToken);
        var organisationIds = items.Select(i => i.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var processIds = items.Select(i => i.ProcessId).Distinct().ToList();
        var processNames = (await db.Definitions.AsNoTracking().Where(d => processIds.Contains(d.ProcessId))
                .Select(d => new { d.ProcessId, d.Version, d.Name }).ToListAsync(cancellationToken))
            .GroupBy(d => d.ProcessId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!.Name);
        var people = await UserNames.OfAsync(db, claims.Values, cancellationToken);

        return items.Select(i => new InboxEntry(
            i.TaskId, i.InstanceId, i.Name, i.ProcessId, processNames.GetValueOrDefault(i.ProcessId), i.BusinessKey, i.OrganisationId,
            i.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null, i.CommitteeBody, i.FormKey, i.DueAt, i.IsOverdue,
            people.NameOf(claims.GetValueOrDefault(i.TaskId)))).ToList();
    }
}
