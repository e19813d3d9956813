using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Identity;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Web.Hosting.DemoData;

/// <summary>Fills an empty database with the demo organisation tree, members, dossiers and slips, users and their seats.</summary>
public sealed class DemoDataSeeder(WorkflowDbContext db, UserManager<PartyUser> users, TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        // Empty means nobody and nothing to sit on yet: never mix demo data into a database in use.
        if (await db.Organisations.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Organisations.AddRange(DemoOrganisations.All);
        db.AddRange(DemoMembers.Rows(time));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoAccounts.All)
        {
            var user = new PartyUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
            if (account.IsAdministrator)
            {
                Check(await users.AddToRoleAsync(user, PartyRoles.Administrator), account.Email);
            }

            if (account is { OrganisationId: { } organisationId, Body: { } body })
            {
                db.Positions.Add(new PositionRecord { UserId = user.Id, OrganisationId = organisationId, Body = body });
                if (body == "secretary")
                {
                    // The secretary presides over the cell meeting and records its resolutions and votes.
                    db.Positions.Add(new PositionRecord { UserId = user.Id, OrganisationId = organisationId, Body = "cell-meeting" });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Demo data seeded: {Count} demo users share the published password. Not for production.", DemoAccounts.All.Count);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
