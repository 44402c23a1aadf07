using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// What the outbox, inbox and idempotency tables keep, per module schema (ADR 0030). An event's payload may hold personal
/// data (a name, a question): once it was published and delivered to every handler, the dispatcher needs nothing of it but
/// the row (the deliveries refer to it), so after <c>Bewaring:Opschonen:OutboxDagen</c> its payload becomes an empty
/// object. Inbox rows go after <c>Bewaring:Opschonen:InboxDagen</c>: no event that old is delivered again. Idempotency keys
/// go after their 24 hours. A purged row is no part of a module's history any more (<see cref="OutboxGeschiedenis"/>).
/// </summary>
public sealed class OutboxOpschoning(IEnumerable<ModuleDb> dbs, ModuleRegistry registry)
{
    public const string LeegPayload = "{}";

    public async Task<Opgeschoond> OpschonenAsync(DateTimeOffset nu, TimeSpan outboxNa, TimeSpan inboxNa, CancellationToken cancellationToken)
    {
        var totaal = new Opgeschoond(0, 0, 0);
        foreach (var (module, db) in dbs.MetOutbox(registry))
        {
            await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
            var outbox = await connection.ExecuteAsync(
                $"""
                update {module.Schema}.outbox o set payload = '{LeegPayload}'::jsonb
                where o.status = 'gepubliceerd' and o.published_at < @Grens and o.payload <> '{LeegPayload}'::jsonb
                  and not exists (select 1 from {module.Schema}.aflevering a where a.event_id = o.id and a.status <> 'afgeleverd')
                """,
                new { Grens = nu - outboxNa });
            var inbox = await connection.ExecuteAsync($"delete from {module.Schema}.inbox where handled_at < @Grens", new { Grens = nu - inboxNa });
            var sleutels = await Idempotentie.OpschonenAsync(connection, module.Schema, nu);
            totaal = new Opgeschoond(totaal.Outbox + outbox, totaal.Inbox + inbox, totaal.Idempotentie + sleutels);
        }

        return totaal;
    }

    /// <summary>
    /// Vernietiging: every outbox row that names one of these inwoners loses its payload at once, whatever its age,
    /// unless it still waits to be published. Returns per module how many rows were purged. Running it again purges nothing.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> VergeetAsync(IReadOnlyList<Guid> inwonerIds, CancellationToken cancellationToken)
    {
        var perModule = new Dictionary<string, int>();
        if (inwonerIds.Count == 0)
        {
            return perModule;
        }

        var patronen = inwonerIds.Select(id => "%" + id.ToString("D") + "%").ToArray();
        foreach (var (module, db) in dbs.MetOutbox(registry))
        {
            await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
            perModule[module.Name] = await connection.ExecuteAsync(
                $"""
                update {module.Schema}.outbox set payload = '{LeegPayload}'::jsonb
                where status <> 'wachtend' and payload <> '{LeegPayload}'::jsonb and lower(payload::text) like any(@Patronen)
                """,
                new { Patronen = patronen });
        }

        return perModule;
    }
}

/// <summary>How many rows the daily purge changed over all module schemas.</summary>
public sealed record Opgeschoond(int Outbox, int Inbox, int Idempotentie);
