using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PartyWorkflows.Web.Features.Health;

/// <summary>
/// /health/live answers while the process runs (no dependency is checked, so a slow database never restarts it);
/// /health/ready runs the checks tagged <see cref="ReadyTag"/>: the database, and the broker once messaging is wired.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}
