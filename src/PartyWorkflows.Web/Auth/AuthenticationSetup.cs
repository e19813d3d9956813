using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PartyWorkflows.Infrastructure.Identity;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Auth;

/// <summary>
/// Identity in the workflow database; a cookie for the browser and bearer tokens for API clients (the default scheme
/// picks by the Authorization header), protected by keys kept in the database; OpenID Connect when configured; every
/// endpoint authenticated unless it opts out.
/// </summary>
public static class AuthenticationSetup
{
    public const string OpenIdConnectSection = "Authentication:OpenIdConnect";

    public static IServiceCollection AddPartyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys in the shared database: a cookie or bearer token issued by one node is accepted by every other node.
        services.AddDataProtection().SetApplicationName("PartyWorkflows").PersistKeysToDbContext<WorkflowDbContext>();

        services.AddIdentityApiEndpoints<PartyUser>(options => options.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkflowDbContext>();

        // An API answers 401/403; redirecting to a login page would hand a script an HTML page instead.
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "PartyWorkflows.Auth";
            // The browser application calls the API from its own origin only; Strict keeps the cookie off every
            // cross-site request, which is the antiforgery defence of the cookie-authenticated POSTs.
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Events.OnRedirectToLogin = context => StatusOnly(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => StatusOnly(context.Response, StatusCodes.Status403Forbidden);
        });

        if (configuration.GetSection(OpenIdConnectSection) is var oidc && oidc["Authority"] is { Length: > 0 } authority)
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.Authority = authority;
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.SaveTokens = false;
                // The provider's sign-in becomes the same browser cookie a local sign-in gives.
                options.SignInScheme = IdentityConstants.ApplicationScheme;
            });
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, policy => policy.RequireRole(PartyRoles.Administrator));
        return services;
    }

    private static Task StatusOnly(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
