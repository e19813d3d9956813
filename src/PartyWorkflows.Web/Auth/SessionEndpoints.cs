using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Auth;

/// <summary>
/// The browser application's session: who is signed in with which seats (so each page shows only what the user's bodies
/// may see), and sign-out. Sign-in is Identity's POST /api/auth/login?useCookies=true.
/// </summary>
public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Đăng nhập");
        group.MapGet("/me", CurrentUserAsync).WithSummary("Người dùng đang đăng nhập và các chức vụ");
        // The cookie is SameSite=Strict (AuthenticationSetup), so another site cannot sign a user out through this POST.
        group.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return TypedResults.NoContent();
        }).WithSummary("Đăng xuất");
    }

    private static async Task<IResult> CurrentUserAsync(ClaimsPrincipal user, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        var seats = await db.Positions.AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new SeatResponse(o.Id, o.Name, o.Kind, p.Body))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CurrentUserResponse(
            userId, account?.Email ?? user.Identity?.Name, account?.DisplayName ?? user.Identity?.Name, user.IsAdministrator(), seats));
    }
}

public sealed record CurrentUserResponse(string UserId, string? Email, string? DisplayName, bool IsAdministrator, IReadOnlyList<SeatResponse> Seats);

/// <param name="Body">secretary, cell-meeting, committee, standing-committee, organization-department or inspection-commission.</param>
public sealed record SeatResponse(Guid OrganisationId, string OrganisationName, string OrganisationKind, string Body);
