using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;
using PartyWorkflows.Infrastructure.Identity;

namespace PartyWorkflows.Web.Auth;

/// <summary>
/// Identity's endpoints under /api/auth: anyone may sign in (/login) and renew a token (/refresh); only administrators
/// create accounts (/register), so there is no open self-registration; the rest needs a signed-in user.
/// </summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var group = app.MapGroup("/api/auth").WithTags("Đăng nhập");
        group.MapIdentityApi<PartyUser>().Add(endpoint =>
        {
            var path = (endpoint as RouteEndpointBuilder)?.RoutePattern is RoutePattern pattern ? pattern.RawText ?? "" : "";
            if (path.EndsWith("/login", StringComparison.Ordinal) || path.EndsWith("/refresh", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
            else if (path.EndsWith("/register", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute { Policy = Policies.Administrator });
            }
        });

        if (configuration[$"{AuthenticationSetup.OpenIdConnectSection}:Authority"] is { Length: > 0 })
        {
            // The browser's sign-in through the organisation's identity provider; it returns to returnUrl.
            group.MapGet("/oidc/login", (string? returnUrl) => TypedResults.Challenge(
                    new AuthenticationProperties { RedirectUri = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') ? returnUrl : "/" },
                    [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous();
        }
    }
}
