using System.Diagnostics;
using System.Reflection;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Records every request declared with [Verwerking] in the audit log, one row per person involved, after the
/// request succeeded and before its result is handed back: a result that could not be recorded is not handed
/// out. (A command has committed by then; should the audit write fail, the caller gets an error.)
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(ActorContext actor, ModuleDb<AuditModule> audit, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly VerwerkingAttribute? Verwerking = typeof(TRequest).GetCustomAttribute<VerwerkingAttribute>();

    private const string Insert = """
        insert into audit.verwerking (id, tijdstip, actor_id, actor_naam, actor_soort, organisatie, handeling, omschrijving, doel, persoon_id, trace_id)
        values (@Id, @Tijdstip, @ActorId, @ActorNaam, @ActorSoort, @Organisatie, @Handeling, @Omschrijving, @Doel, @PersoonId, @TraceId)
        """;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (Verwerking is null)
        {
            return response;
        }

        var wie = actor.Huidig;
        var nu = clock.GetUtcNow();
        var personen = Personen(request, response).Distinct().ToList();
        await using var connection = await audit.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Insert, (personen.Count == 0 ? [null] : personen).Select(persoon => new
        {
            Id = Guid.CreateVersion7(),
            Tijdstip = nu,
            ActorId = wie.Id,
            ActorNaam = wie.Naam,
            ActorSoort = wie.Soort.ToString(),
            wie.Organisatie,
            Handeling = typeof(TRequest).FullName!.Replace("Nijkerk.SociaalDomein.", "", StringComparison.Ordinal),
            Verwerking.Omschrijving,
            Verwerking.Doel,
            PersoonId = persoon,
            TraceId = Activity.Current?.TraceId.ToString(),
        }));
        return response;
    }

    private static IEnumerable<Guid?> Personen(TRequest request, TResponse response)
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

        if (response is IBetreftPersonen vanResultaat)
        {
            foreach (var persoon in vanResultaat.BetrokkenPersonen())
            {
                yield return persoon;
            }
        }

        if (Verwerking!.ResultaatIsPersoon && response is Guid id)
        {
            yield return id;
        }
    }
}
