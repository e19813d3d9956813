using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Users;

/// <summary>Display names for the user ids the workflow tables store (claims, completions, audit actors).</summary>
public sealed class UserNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<UserNames> OfAsync(WorkflowDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new UserNames(names);
    }

    /// <summary>The display name; the id itself for actors without an account (system, an OpenID Connect subject).</summary>
    public string? NameOf(string? userId) => userId is null ? null : names.GetValueOrDefault(userId, userId);
}
