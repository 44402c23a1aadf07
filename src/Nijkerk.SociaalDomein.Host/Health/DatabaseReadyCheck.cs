using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Health;

/// <summary>Ready when every module can sign in to the database as its own role and has all its migrations.</summary>
internal sealed class DatabaseReadyCheck(ModuleRegistry registry, MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var behind = new List<string>();
            foreach (var module in registry.Modules)
            {
                if ((await migrations.PendingAsync(module, cancellationToken)).Count > 0)
                {
                    behind.Add(module.Schema);
                }
            }

            return behind.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Migraties ontbreken in: " + string.Join(", ", behind));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Database niet bereikbaar");
        }
    }
}
