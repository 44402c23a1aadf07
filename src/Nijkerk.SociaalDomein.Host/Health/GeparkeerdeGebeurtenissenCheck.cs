using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Host.Health;

/// <summary>
/// Degraded, not down, while a delivery is parked: the host serves, but a module missed an event and the
/// functioneel beheerder should look at /beheer/gebeurtenissen.
/// </summary>
internal sealed class GeparkeerdeGebeurtenissenCheck(GeparkeerdeAfleveringen afleveringen) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var aantal = await afleveringen.AantalAsync(cancellationToken);
            return aantal == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded($"{aantal} geparkeerde gebeurtenis(sen); zie /beheer/gebeurtenissen");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            // The database check reports an unreachable database; this one only counts what is parked.
            return HealthCheckResult.Healthy();
        }
    }
}
