using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Nijkerk.SociaalDomein.Host.Health;

internal static class HealthEndpoints
{
    /// <summary>Live: the process answers. Ready: the database is reachable and migrated.</summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
    }
}
