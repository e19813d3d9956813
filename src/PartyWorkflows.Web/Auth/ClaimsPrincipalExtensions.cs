using System.Security.Claims;
using PartyWorkflows.Infrastructure.Identity;

namespace PartyWorkflows.Web.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The Identity user id (or the OpenID Connect subject): what positions and the audit log key on.</summary>
    public static string UserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("An authenticated request carries no user id.");

    public static bool IsAdministrator(this ClaimsPrincipal principal) => principal.IsInRole(PartyRoles.Administrator);
}
