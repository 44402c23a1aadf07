using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// The parked deliveries (<c>mislukt</c>) of every module, each read and changed through the module's own role,
/// since a delivery lives in the schema of the module that published the event.
/// </summary>
public sealed class GeparkeerdeAfleveringen(IEnumerable<ModuleDb> dbs, ModuleRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<GeparkeerdeAflevering>> AllemaalAsync(CancellationToken cancellationToken)
    {
        var alle = new List<GeparkeerdeAflevering>();
        foreach (var (module, db) in dbs.MetOutbox(registry))
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            alle.AddRange(await connection.QueryAsync<GeparkeerdeAflevering>(
                $"""
                select @Module as Module, @Schema as Schema, a.event_id as EventId, a.handler as Handler, o.type as Type,
                       a.last_error as Fout, a.attempts as Pogingen, a.first_attempt_at as EerstePoging, a.last_attempt_at as LaatstePoging
                from {db.Schema}.aflevering a join {db.Schema}.outbox o on o.id = a.event_id
                where a.status = 'mislukt'
                order by a.last_attempt_at desc nulls last
                """,
                new { Module = module.Name, db.Schema }));
        }

        return [.. alle.OrderByDescending(a => a.LaatstePoging)];
    }

    public async Task<long> AantalAsync(CancellationToken cancellationToken)
    {
        long aantal = 0;
        foreach (var (_, db) in dbs.MetOutbox(registry))
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            aantal += await connection.ExecuteScalarAsync<long>($"select count(*) from {db.Schema}.aflevering where status = 'mislukt'");
        }

        return aantal;
    }

    /// <summary>
    /// Puts a parked delivery back in its handler's queue with fresh attempts, due at once, and wakes the module's
    /// dispatcher. False when there is no such parked delivery (sent again already, or never parked).
    /// </summary>
    public async Task<bool> BiedOpnieuwAanAsync(string schema, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        var gevonden = dbs.MetOutbox(registry).Where(m => m.Db.Schema == schema).Select(m => m.Db).SingleOrDefault();
        if (gevonden is null)
        {
            return false;
        }

        await using var connection = await gevonden.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var bijgewerkt = await connection.ExecuteAsync(
            $"""
            update {schema}.aflevering set status = 'wachtend', attempts = 0, next_attempt_at = @nu
            where event_id = @eventId and handler = @handler and status = 'mislukt'
            """,
            new { eventId, handler, nu = clock.GetUtcNow() },
            transaction);
        await connection.ExecuteAsync("select pg_notify(@channel, '')", new { channel = OutboxDispatcher.ChannelOf(schema) }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return bijgewerkt == 1;
    }
}

/// <summary>A delivery parked after its last attempt: which handler, which event type, the error type, the attempts.</summary>
public sealed record GeparkeerdeAflevering(
    string Module, string Schema, Guid EventId, string Handler, string Type, string? Fout, int Pogingen,
    DateTimeOffset? EerstePoging, DateTimeOffset? LaatstePoging);
