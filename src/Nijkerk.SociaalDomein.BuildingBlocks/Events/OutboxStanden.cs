using Dapper;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// How far behind each module's outbox is, read through the module's own role (like <see cref="GeparkeerdeAfleveringen"/>):
/// for the telemetry's gauges. A module that cannot be read is left out (its gauge absent, not zero) and logged.
/// </summary>
public sealed class OutboxStanden(IEnumerable<ModuleDb> dbs, ModuleRegistry registry, TimeProvider clock, ILogger<OutboxStanden> logger)
{
    public async Task<IReadOnlyList<OutboxStand>> LeesAsync(CancellationToken cancellationToken)
    {
        var standen = new List<OutboxStand>();
        foreach (var (module, db) in dbs.MetOutbox(registry))
        {
            try
            {
                await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
                // The oldest event not yet handed on and the oldest delivery still waiting (both partial indexes), and the
                // parked deliveries; an event that waits for a retry's backoff counts as behind.
                var rij = await connection.QuerySingleAsync<(double Achterstand, long Wachtend, long Geparkeerd)>(new CommandDefinition(
                    $"""
                    select coalesce(extract(epoch from @Nu - least(
                             (select occurred_at from {db.Schema}.outbox where status = 'wachtend' order by position limit 1),
                             (select min(o.occurred_at) from {db.Schema}.aflevering a join {db.Schema}.outbox o on o.id = a.event_id
                              where a.status = 'wachtend'))), 0)::float8,
                           (select count(*) from {db.Schema}.outbox where status = 'wachtend')
                             + (select count(*) from {db.Schema}.aflevering where status = 'wachtend'),
                           (select count(*) from {db.Schema}.aflevering where status = 'mislukt')
                    """,
                    new { Nu = clock.GetUtcNow() },
                    cancellationToken: cancellationToken));
                standen.Add(new OutboxStand(module.Schema, Math.Max(0, rij.Achterstand), rij.Wachtend, rij.Geparkeerd));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("De outbox van {Module} kon niet gepeild worden: {Fout}", module.Schema, e.GetType().Name);
            }
        }

        return standen;
    }
}

/// <summary>
/// One module's outbox: the age in seconds of the oldest event not yet delivered to every handler (0 when none
/// waits), the waiting rows and deliveries, and the parked deliveries.
/// </summary>
public sealed record OutboxStand(string Module, double AchterstandSeconden, long Wachtend, long Geparkeerd);
