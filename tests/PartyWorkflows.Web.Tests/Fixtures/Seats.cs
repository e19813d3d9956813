using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Hosting.DemoData;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>The demo accounts' users and seats in the test database.</summary>
public static class Seats
{
    public static Task<string> UserIdAsync(this PostgresWebApp app, DemoAccount account) =>
        app.Db(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

    /// <summary>Also seats <paramref name="account"/> on <paramref name="body"/>: the demo seats give, e.g., the cell meeting to no one.</summary>
    public static async Task SeatAsync(this PostgresWebApp app, DemoAccount account, Guid organisationId, string body)
    {
        var userId = await app.UserIdAsync(account);
        await app.Db(async db =>
        {
            if (!await db.Positions.AnyAsync(p => p.UserId == userId && p.OrganisationId == organisationId && p.Body == body))
            {
                db.Positions.Add(new PositionRecord { UserId = userId, OrganisationId = organisationId, Body = body });
                await db.SaveChangesAsync();
            }

            return 0;
        });
    }
}
