using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Host.Telemetrie;

/// <summary>
/// What the gauges show, read when a metric reader collects (so not at all when nothing exports) and kept for
/// <c>Telemetrie:PeilSeconden</c> (default 15), so the instruments of one collection share one reading. Each module's
/// outbox is read through the module's own role, as the parked-events page does; the overdue overdrachten are asked of
/// the Overdracht module through its Contracts query, never from its schema. Counts and ages only: nothing names anyone.
/// A failed reading yields no values (the gauge is then absent, not zero) and is tried again at the next collection.
/// </summary>
public sealed class Peiling(
    IEnumerable<ModuleDb> dbs, ModuleRegistry registry, IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<Peiling> logger)
{
    private readonly TimeSpan geldig = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Telemetrie:PeilSeconden", 15)));
    private readonly Lock slot = new();
    private Stand? laatste;

    /// <summary>The latest reading, read anew when older than the configured period. Called from a metric callback.</summary>
    public Stand Lees()
    {
        lock (slot)
        {
            if (laatste is { } stand && clock.GetUtcNow() - stand.Op < geldig)
            {
                return stand;
            }

            try
            {
                // On the thread pool: a metric callback is synchronous and may run on a thread with a synchronization context.
                laatste = Task.Run(LeesAsync).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                logger.LogWarning("De stand voor de telemetrie kon niet gelezen worden: {Fout}", e.GetType().Name);
                laatste = new Stand(clock.GetUtcNow(), [], []);
            }

            return laatste;
        }
    }

    private async Task<Stand> LeesAsync()
    {
        using var limiet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return new Stand(clock.GetUtcNow(), await OutboxAsync(limiet.Token), await VerlopenAsync(limiet.Token));
    }

    private async Task<IReadOnlyList<OutboxStand>> OutboxAsync(CancellationToken cancellationToken)
    {
        var standen = new List<OutboxStand>();
        foreach (var module in registry.Modules.Where(m => !m.AlleenToevoegen))
        {
            var db = dbs.Single(d => d.Schema == module.Schema);
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
            catch (Exception e)
            {
                logger.LogWarning("De outbox van {Module} kon niet gepeild worden: {Fout}", module.Schema, e.GetType().Name);
            }
        }

        return standen;
    }

    private async Task<IReadOnlyList<VerlopenPerTeam>> VerlopenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TelVerlopenOverdrachten(), cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning("De verlopen overdrachten konden niet geteld worden: {Fout}", e.GetType().Name);
            return [];
        }
    }

    /// <summary>One reading: when, each outbox module's state, the overdue overdrachten per team.</summary>
    public sealed record Stand(DateTimeOffset Op, IReadOnlyList<OutboxStand> Outbox, IReadOnlyList<VerlopenPerTeam> Verlopen);

    /// <summary>
    /// One module's outbox: the age in seconds of the oldest event not yet delivered to every handler (0 when none
    /// waits), the waiting rows and deliveries, and the parked deliveries.
    /// </summary>
    public sealed record OutboxStand(string Module, double AchterstandSeconden, long Wachtend, long Geparkeerd);
}
