using System.Diagnostics;
using System.Reflection;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;
using NpgsqlTypes;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Records every request declared with [Verwerking] in the audit log, one row per person involved. A command's
/// rows are written in the command's own transaction (it runs inside the transaction behaviour), so the change
/// and its record commit together or not at all. A query's rows are written before its result is handed back:
/// a result that could not be recorded is not handed out. A refusal that names a person (a 409 with the existing
/// inwoner or look-alikes) discloses him too; it is recorded on a connection of its own, because the refused
/// command's transaction rolls back. A query handler that reads its person in one batch may take the row into that batch
/// (<see cref="Leesaudit"/>): then it goes first on the read's connection, in the read's implicit transaction.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(
    ActorContext actor, CommandSession session, ModuleDb<AuditModule> audit, TimeProvider clock, Leesaudit leesaudit)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly VerwerkingAttribute? Verwerking = typeof(TRequest).GetCustomAttribute<VerwerkingAttribute>();

    private static readonly string Handeling = typeof(TRequest).FullName!.Replace("Nijkerk.SociaalDomein.", "", StringComparison.Ordinal);

    // Through the function: the module roles may insert a row with it, and nothing else (migration 0002). One statement
    // for all the persons involved: a werkvoorraad page names twenty, and twenty round trips were a third of its time.
    private const string Schrijf = """
        select audit.schrijf_verwerking(t.id, @Tijdstip, @ActorId, @ActorNaam, @ActorSoort, @Organisatie,
            @Handeling, @Omschrijving, @Doel, t.persoon_id, @TraceId)
        from unnest(@Ids, @Personen) as t(id, persoon_id)
        """;

    // The same, with positional parameters, for the batch the command session sends before its commit.
    private const string SchrijfPositioneel = """
        select audit.schrijf_verwerking(t.id, $3, $4, $5, $6, $7, $8, $9, $10, t.persoon_id, $11)
        from unnest($1::uuid[], $2::uuid[]) as t(id, persoon_id)
        """;

    // The same for one person, the usual read: a prepared statement over unnest() is estimated at ten rows in its generic
    // plan, so with a condition on the person (Leesaudit's zolang) PostgreSQL keeps choosing a custom plan and plans the
    // statement again at every read (0.1-0.2 ms of the database's time per read, ADR 0024). Over one row it keeps the
    // generic plan after the fifth call.
    private const string SchrijfEenPositioneel = """
        select audit.schrijf_verwerking($1::uuid, $3, $4, $5, $6, $7, $8, $9, $10, t.persoon_id, $11)
        from (select $2::uuid as persoon_id) as t
        """;

    private const string Geweigerd = " (geweigerd; de inwoner werd daarbij getoond)";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Verwerking is null)
        {
            return await next();
        }

        // A query whose request names its persons offers their row to its handler, to send first in the read's own batch.
        Guid?[] vooraf = request is ICommand<TResponse> ? [] : [.. VanVerzoek(request).Distinct()];
        var vorige = vooraf.Length > 0 ? leesaudit.Bied(zolang => Batchregel(vooraf, zolang)) : null;
        var meegestuurd = false;
        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception weigering) when (weigering is IBetreftPersonen onthuld && onthuld.BetrokkenPersonen().Any())
        {
            await using var eigen = await OpenAsync(CancellationToken.None);
            await SchrijfAsync(eigen, null, [.. VanVerzoek(request), .. ((IBetreftPersonen)weigering).BetrokkenPersonen()], Geweigerd);
            throw;
        }
        finally
        {
            if (vooraf.Length > 0)
            {
                Leesaudit.Herstel(leesaudit, vorige, out meegestuurd);
            }
        }

        var personen = VanVerzoek(request).Concat(VanResultaat(response));
        if (request is ICommand<TResponse>)
        {
            // With the unit's other closing writes (its outbox rows), in one round trip just before the commit.
            var rij = Rij(personen);
            session.BijAfsluiten(SchrijfPositioneel, rij.Ids, Personen(rij.Personen), rij.Tijdstip, rij.ActorId, rij.ActorNaam, rij.ActorSoort,
                rij.Organisatie, rij.Handeling, rij.Omschrijving, rij.Doel, rij.TraceId);
        }
        else
        {
            if (meegestuurd)
            {
                // The request's persons were recorded in the read's own batch; only persons the answer adds are left.
                var erbij = VanResultaat(response).Except(vooraf).ToList();
                if (erbij.Count == 0)
                {
                    return response;
                }

                personen = erbij;
            }

            await using var connection = await OpenAsync(cancellationToken);
            await SchrijfAsync(connection, null, personen);
        }

        return response;
    }

    // The row of the request's persons as the first command of a query handler's batch (Leesaudit), only where zolang holds.
    private NpgsqlBatchCommand Batchregel(Guid?[] personen, string? zolang)
    {
        var rij = Rij(personen);
        var een = rij.Ids.Length == 1;
        var sql = een ? SchrijfEenPositioneel : SchrijfPositioneel;
        var command = new NpgsqlBatchCommand(zolang is null ? sql : sql + "\nwhere " + zolang);
        if (een)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = rij.Ids[0] });
            command.Parameters.Add(new NpgsqlParameter { Value = rij.Personen[0] ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        }
        else
        {
            command.Parameters.Add(new NpgsqlParameter { Value = rij.Ids });
            command.Parameters.Add(Personen(rij.Personen));
        }

        foreach (var waarde in new object?[] { rij.Tijdstip, rij.ActorId, rij.ActorNaam, rij.ActorSoort, rij.Organisatie, rij.Handeling, rij.Omschrijving, rij.Doel, rij.TraceId })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = waarde ?? DBNull.Value });
        }

        return command;
    }

    // The audit log has no row-level security (it is append-only, written through the function above): its own
    // connection works for no actor. From the request pool, which does not reset it and sets "no actor" once per
    // backend (ADR 0024).
    private ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        audit.OpenAsync(null, cancellationToken);

    private Task SchrijfAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<Guid?> betrokken, string toevoeging = "") =>
        connection.ExecuteAsync(Schrijf, Rij(betrokken, toevoeging), transaction);

    private AuditRij Rij(IEnumerable<Guid?> betrokken, string toevoeging = "")
    {
        var wie = actor.Huidig;
        var personen = betrokken.Distinct().ToList();
        if (personen.Count == 0)
        {
            personen.Add(null);
        }

        return new AuditRij(
            [.. personen.Select(_ => Guid.CreateVersion7())], [.. personen], clock.GetUtcNow(), wie.Id, wie.Naam, wie.Soort.ToString(), wie.Organisatie,
            Handeling, Verwerking!.Omschrijving + toevoeging, Verwerking.Doel, Activity.Current?.TraceId.ToString());
    }

    private static NpgsqlParameter Personen(Guid?[] personen) =>
        new() { Value = personen.Select(p => p ?? (object)DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid };

    private sealed record AuditRij(
        Guid[] Ids, Guid?[] Personen, DateTimeOffset Tijdstip, string ActorId, string ActorNaam, string ActorSoort, string? Organisatie,
        string Handeling, string Omschrijving, string Doel, string? TraceId);

    private static IEnumerable<Guid?> VanVerzoek(TRequest request)
    {
        if (request is IBetreftPersonen vanVerzoek)
        {
            foreach (var persoon in vanVerzoek.BetrokkenPersonen())
            {
                yield return persoon;
            }
        }

        if (request is IBetreftPersoon eenPersoon)
        {
            yield return eenPersoon.InwonerId;
        }
    }

    private static IEnumerable<Guid?> VanResultaat(TResponse response)
    {
        if (response is IBetreftPersonen vanResultaat)
        {
            foreach (var persoon in vanResultaat.BetrokkenPersonen())
            {
                yield return persoon;
            }
        }

        // The property form, for an answer declared in Contracts (records without methods of their own).
        if (response is IBetreftPersoon eenPersoon)
        {
            yield return eenPersoon.InwonerId;
        }

        if (Verwerking!.ResultaatIsPersoon && response is Guid id)
        {
            yield return id;
        }
    }
}
