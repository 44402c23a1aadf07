using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>Every toestemming of one inwoner, the ones that hold first, withdrawn and expired ones kept for the record.</summary>
internal static class GeefToestemmingen
{
    [Vereist(OverdrachtRechten.ToestemmingenLezen)]
    [Verwerking("Toestemmingen van de inwoner ingezien", OverdrachtDoelen.Overdracht)]
    public sealed record Query(Guid InwonerId) : IRequest<IReadOnlyList<Toestemmingregel>>, IBetreftPersoon;

    /// <summary>
    /// One toestemming; <c>geldig</c> says whether it holds today (not withdrawn, <c>geldigTot</c> not passed). An overdracht
    /// to the partner needs one that holds and names the samenvatting.
    /// </summary>
    public sealed record Toestemmingregel(
        Guid Id, Guid InwonerId, string PartnerOrganisatie, string PartnerNaam, IReadOnlyList<string> Gegevens, string Doel, string Wijze,
        DateOnly GegevenOp, DateOnly GeldigTot, DateTimeOffset VastgelegdOp, string VastgelegdDoor, DateTimeOffset? IngetrokkenOp,
        string? IngetrokkenDoor, string? Intrekkingsreden, bool Geldig);

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Toestemmingregel>>
    {
        private const string Sql = """
            select t.id as Id, t.inwoner_id as InwonerId, t.partner_organisatie as PartnerOrganisatie, p.naam as PartnerNaam,
                   t.gegevens as Gegevens, t.doel as Doel, t.wijze as Wijze, t.gegeven_op as GegevenOp, t.geldig_tot as GeldigTot,
                   t.vastgelegd_op as VastgelegdOp, t.vastgelegd_door as VastgelegdDoor, t.ingetrokken_op as IngetrokkenOp,
                   t.ingetrokken_door as IngetrokkenDoor, t.intrekkingsreden as Intrekkingsreden,
                   (t.ingetrokken_op is null and t.geldig_tot >= @Vandaag) as Geldig
            from overdracht.toestemming t join overdracht.partner p on p.organisatie = t.partner_organisatie
            where t.inwoner_id = @InwonerId
            order by (t.ingetrokken_op is null and t.geldig_tot >= @Vandaag) desc, t.vastgelegd_op desc, t.id
            """;

        public async Task<IReadOnlyList<Toestemmingregel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var rijen = await connection.QueryAsync<Rij>(Sql, new { query.InwonerId, Vandaag = NederlandseDag.Vandaag(clock) });
            return [.. rijen.Select(r => new Toestemmingregel(
                r.Id, r.InwonerId, r.PartnerOrganisatie, r.PartnerNaam, r.Gegevens, r.Doel, r.Wijze, r.GegevenOp, r.GeldigTot, r.VastgelegdOp,
                r.VastgelegdDoor, r.IngetrokkenOp, r.IngetrokkenDoor, r.Intrekkingsreden, r.Geldig))];
        }

        private sealed record Rij(
            Guid Id, Guid InwonerId, string PartnerOrganisatie, string PartnerNaam, string[] Gegevens, string Doel, string Wijze,
            DateOnly GegevenOp, DateOnly GeldigTot, DateTimeOffset VastgelegdOp, string VastgelegdDoor, DateTimeOffset? IngetrokkenOp,
            string? IngetrokkenDoor, string? Intrekkingsreden, bool Geldig);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id}/toestemmingen", async Task<Ok<Pagina<Toestemmingregel>>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var toestemmingen = await mediator.Send(new Query(id), ct);
                return TypedResults.Ok(new Pagina<Toestemmingregel>(toestemmingen.Count, null, null, toestemmingen));
            })
            .WithName("geefToestemmingen")
            .WithTags("Overdracht")
            .WithSummary("Geef de toestemmingen van een inwoner")
            .WithDescription(
                "Alle toestemmingen van de inwoner om gegevens te delen met een externe partner, eerst de geldende; ingetrokken en " +
                "verlopen toestemmingen blijven zichtbaar. Geldig zegt of de toestemming vandaag geldt (niet ingetrokken, geldigTot niet voorbij).");
}
