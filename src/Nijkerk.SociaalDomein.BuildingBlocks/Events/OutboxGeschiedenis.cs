using System.Text.Json;
using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// A module's history read from its own outbox (published rows stay: the deliveries refer to them). The outbox row is
/// the event as it was raised: its original EventId (which the receivers' inboxes recorded, so a rebuild and a later
/// delivery recognise each other), its OccurredAt and every field as it was then, where the module's tables hold the
/// state as it is now (a merged inwoner, a changed routering). Paged by outbox position (the primary key), the order
/// the module raised them and its receivers' queues were worked in, so a history of millions is never read at once.
/// A row whose payload was emptied after its retention (ADR 0030) is no longer history: it is skipped, and the first and
/// the last page say up to when the history was emptied (<see cref="Geschiedenis.GewistTot"/>).
/// </summary>
public static class OutboxGeschiedenis
{
    public const int MaxPagina = 5_000;

    public static async Task<Geschiedenis> LeesAsync(NpgsqlConnection connection, string schema, IReadOnlyCollection<Type> soorten, long na, int aantal)
    {
        aantal = Math.Clamp(aantal, 1, MaxPagina);
        var perNaam = soorten.ToDictionary(EventTypes.NameOf);
        var rijen = (await connection.QueryAsync<(long Positie, string Type, string Payload)>(
            $"select position, type, payload::text from {schema}.outbox where position > @Na and type = any(@Types) and payload <> '{{}}'::jsonb order by position limit @Aantal",
            new { Na = na, Types = perNaam.Keys.ToArray(), Aantal = aantal })).ToList();
        var gebeurtenissen = rijen.Select(r => (IEvent)JsonSerializer.Deserialize(r.Payload, perNaam[r.Type], EventTypes.Json)!).ToList();
        var volgende = rijen.Count < aantal ? (long?)null : rijen[^1].Positie;
        // Asked on the first and the last page only: a scan of the outbox, where every page would make a long read quadratic.
        var gewistTot = na == 0 || volgende is null
            ? await connection.ExecuteScalarAsync<DateTimeOffset?>(
                $"select max(occurred_at) from {schema}.outbox where type = any(@Types) and payload = '{{}}'::jsonb",
                new { Types = perNaam.Keys.ToArray() })
            : null;
        return new Geschiedenis(gebeurtenissen, volgende, gewistTot);
    }
}
