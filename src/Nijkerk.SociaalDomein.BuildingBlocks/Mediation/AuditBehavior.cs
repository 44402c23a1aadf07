using System.Diagnostics;
using System.Reflection;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Records every request declared with [Verwerking] in the audit log, one row per person involved. A command's
/// rows are written in the command's own transaction (it runs inside the transaction behaviour), so the change
/// and its record commit together or not at all. A query's rows are written before its result is handed back:
/// a result that could not be recorded is not handed out. A refusal that names a person (a 409 with the existing
/// inwoner or look-alikes) discloses him too; it is recorded on a connection of its own, because the refused
/// command's transaction rolls back.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(
    ActorContext actor, CommandSession session, ModuleDb<AuditModule> audit, TimeProvider clock)
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

    private const string Geweigerd = " (geweigerd; de inwoner werd daarbij getoond)";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Verwerking is null)
        {
            return await next();
        }

        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception weigering) when (weigering is IBetreftPersonen onthuld && onthuld.BetrokkenPersonen().Any())
        {
            await using var eigen = await audit.OpenAsync(CancellationToken.None);
            await SchrijfAsync(eigen, null, [.. VanVerzoek(request), .. ((IBetreftPersonen)weigering).BetrokkenPersonen()], Geweigerd);
            throw;
        }

        var personen = VanVerzoek(request).Concat(VanResultaat(response));
        if (request is ICommand<TResponse>)
        {
            await SchrijfAsync(session.Connection, session.Transaction, personen);
        }
        else
        {
            await using var connection = await audit.OpenAsync(cancellationToken);
            await SchrijfAsync(connection, null, personen);
        }

        return response;
    }

    private Task SchrijfAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<Guid?> betrokken, string toevoeging = "")
    {
        var wie = actor.Huidig;
        var nu = clock.GetUtcNow();
        var personen = betrokken.Distinct().ToList();
        if (personen.Count == 0)
        {
            personen.Add(null);
        }

        return connection.ExecuteAsync(Schrijf, new
        {
            Ids = personen.Select(_ => Guid.CreateVersion7()).ToArray(),
            Personen = personen.ToArray(),
            Tijdstip = nu,
            ActorId = wie.Id,
            ActorNaam = wie.Naam,
            ActorSoort = wie.Soort.ToString(),
            wie.Organisatie,
            Handeling,
            Omschrijving = Verwerking!.Omschrijving + toevoeging,
            Verwerking.Doel,
            TraceId = Activity.Current?.TraceId.ToString(),
        }, transaction);
    }

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
