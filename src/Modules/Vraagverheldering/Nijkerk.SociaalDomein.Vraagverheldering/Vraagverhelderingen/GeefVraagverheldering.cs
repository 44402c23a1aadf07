using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;
using Nijkerk.SociaalDomein.Vraagverheldering.Hulpvragen;
using Nijkerk.SociaalDomein.Vraagverheldering.Samenvattingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>
/// One vraagverheldering as a whole: the gesprek, every leefgebied of its method with its score and the inwoner's
/// earlier score beside it, the hulpvragen with their rolgesprek, the expertises, the samenvatting (or a draft of it)
/// and the afronding. Its version is the ETag every edit sends back.
/// </summary>
internal static class GeefVraagverheldering
{
    [Vereist(VraagverhelderingRechten.Lezen)]
    [Verwerking("Vraagverheldering ingezien", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Query(Guid VraagverhelderingId) : IRequest<Detail>;

    public sealed record Detail(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string? InwonerNaam, string? Kern, string Vraag, string Urgentie, string Status,
        DateTimeOffset GeopendOp, int Versie, string? Behandelaar, DateTimeOffset? BehandelaarSinds, Methode Methode, Gesprek? Gesprek,
        IReadOnlyList<LeefgebiedScore> Leefgebieden, string? VraagAchterDeVraag, IReadOnlyList<Hulpvraag> Hulpvragen,
        IReadOnlyList<string> Expertises, string? Samenstelling, string? Samenvatting, string ConceptSamenvatting, Afronding? Afronding)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    public sealed record Methode(string Code, string Naam, IReadOnlyList<Schaalwaarde> Schaal);

    public sealed record Schaalwaarde(int Waarde, string Label);

    /// <summary>A leefgebied of the method: this vraagverheldering's score (or none yet) and the inwoner's latest earlier one.</summary>
    public sealed record LeefgebiedScore(
        string Code, string Naam, int? Score, bool NietBesproken, string? Toelichting, DateTimeOffset? VastgelegdOp, string? VastgelegdDoor,
        EerdereScore? Eerder);

    public sealed record EerdereScore(Guid VraagverhelderingId, int Score, string? Toelichting, DateTimeOffset VastgelegdOp, string VastgelegdDoor);

    public sealed record Afronding(
        string Uitkomst, string? Reden, string? Toelichting, IReadOnlyList<Guid> VoorzieningIds, DateTimeOffset AfgerondOp, string AfgerondDoor);

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, Detail>
    {
        private const string Sql = """
            select v.id as Id, v.aanmelding_id as AanmeldingId, v.inwoner_id as InwonerId, v.inwoner_naam as InwonerNaam, v.kern as Kern,
                   v.vraag as Vraag, v.urgentie as Urgentie, v.status as Status, v.geopend_op as GeopendOp, v.versie as Versie,
                   v.behandelaar_naam as Behandelaar, v.behandelaar_sinds as BehandelaarSinds, v.methode as MethodeCode, m.naam as MethodeNaam,
                   v.gesprek::text as GesprekJson, v.vraag_achter_de_vraag as VraagAchterDeVraag, v.hulpvragen::text as HulpvragenJson,
                   v.expertises as Expertises, v.samenstelling as Samenstelling, v.samenvatting as Samenvatting,
                   v.uitkomst as Uitkomst, v.uitkomst_reden as UitkomstReden, v.uitkomst_toelichting as UitkomstToelichting,
                   v.uitkomst_voorziening_ids::text[] as UitkomstVoorzieningIds, v.afgerond_op as AfgerondOp, v.afgerond_door as AfgerondDoor
            from vraagverheldering.vraagverheldering v join vraagverheldering.methode m on m.code = v.methode
            where v.id = @VraagverhelderingId;

            select s.waarde as Waarde, s.label as Label
            from vraagverheldering.methode_schaal s join vraagverheldering.vraagverheldering v on v.methode = s.methode
            where v.id = @VraagverhelderingId order by s.waarde;

            -- Every active leefgebied of the method, and those scored here that were deactivated since.
            select l.code as Code, l.naam as Naam, s.score as Score, coalesce(s.niet_besproken, false) as NietBesproken,
                   s.toelichting as Toelichting, s.vastgelegd_op as VastgelegdOp, s.vastgelegd_door as VastgelegdDoor
            from vraagverheldering.vraagverheldering v
            join vraagverheldering.leefgebied l on l.methode = v.methode
            left join vraagverheldering.score s on s.vraagverheldering_id = v.id and s.leefgebied = l.code
            where v.id = @VraagverhelderingId and (l.actief or s.leefgebied is not null)
            order by l.volgorde, l.code;

            -- The inwoner's latest earlier score per leefgebied, from his other vraagverhelderingen.
            select distinct on (s.leefgebied) s.leefgebied as Leefgebied, s.vraagverheldering_id as VraagverhelderingId, s.score as Score,
                   s.toelichting as Toelichting, s.vastgelegd_op as VastgelegdOp, s.vastgelegd_door as VastgelegdDoor
            from vraagverheldering.vraagverheldering deze
            join vraagverheldering.vraagverheldering eerder
              on eerder.inwoner_id = deze.inwoner_id and (eerder.geopend_op, eerder.id) < (deze.geopend_op, deze.id)
            join vraagverheldering.score s on s.vraagverheldering_id = eerder.id and not s.niet_besproken
            where deze.id = @VraagverhelderingId
            order by s.leefgebied, s.vastgelegd_op desc
            """;

        public async Task<Detail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, query);
            var rij = await results.ReadSingleOrDefaultAsync<Rij>() ?? throw new NietGevondenException("Er is geen vraagverheldering met deze id.");
            var schaal = (await results.ReadAsync<Schaalwaarde>()).ToList();
            var scores = (await results.ReadAsync<ScoreRij>()).ToList();
            var eerder = (await results.ReadAsync<EerdereRij>()).ToDictionary(e => e.Leefgebied);
            var detail = new Detail(
                rij.Id, rij.AanmeldingId, rij.InwonerId, rij.InwonerNaam, rij.Kern, rij.Vraag, rij.Urgentie, rij.Status, rij.GeopendOp, rij.Versie,
                rij.Behandelaar, rij.BehandelaarSinds, new Methode(rij.MethodeCode, rij.MethodeNaam, schaal),
                Document.Lees<Gesprek>(rij.GesprekJson),
                [.. scores.Select(s => new LeefgebiedScore(s.Code, s.Naam, s.Score, s.NietBesproken, s.Toelichting, s.VastgelegdOp, s.VastgelegdDoor,
                    eerder.TryGetValue(s.Code, out var e) ? new EerdereScore(e.VraagverhelderingId, e.Score, e.Toelichting, e.VastgelegdOp, e.VastgelegdDoor) : null))],
                rij.VraagAchterDeVraag, Document.Lees<List<Hulpvraag>>(rij.HulpvragenJson) ?? [],
                rij.Expertises, rij.Samenstelling, rij.Samenvatting, "",
                rij.Uitkomst is null ? null : new Afronding(rij.Uitkomst, rij.UitkomstReden, rij.UitkomstToelichting, [.. rij.UitkomstVoorzieningIds.Select(Guid.Parse)],
                    rij.AfgerondOp!.Value, rij.AfgerondDoor!));
            return detail with { ConceptSamenvatting = ConceptSamenvatting.Van(detail) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/vraagverhelderingen/{id}", async Task<Ok<Detail>> (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, detail.Versie);
                return TypedResults.Ok(detail);
            })
            .WithName("geefVraagverheldering")
            .WithTags("Vraagverheldering")
            .WithSummary("Geef een vraagverheldering")
            .WithDescription(
                "De hele vraagverheldering: het gesprek, per leefgebied van haar methode de score met toelichting (en de laatste eerdere score " +
                "van dezelfde inwoner ernaast), de vraag achter de vraag, de hulpvragen met hun rolgesprek, de expertises, de samenvatting en " +
                "een concept ervan uit wat is vastgelegd, en de afronding. De ETag is de versie voor If-Match bij een wijziging.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string? InwonerNaam, string? Kern, string Vraag, string Urgentie, string Status,
        DateTimeOffset GeopendOp, int Versie, string? Behandelaar, DateTimeOffset? BehandelaarSinds, string MethodeCode, string MethodeNaam,
        string? GesprekJson, string? VraagAchterDeVraag, string? HulpvragenJson, string[] Expertises, string? Samenstelling, string? Samenvatting,
        string? Uitkomst, string? UitkomstReden, string? UitkomstToelichting, string[] UitkomstVoorzieningIds, DateTimeOffset? AfgerondOp,
        string? AfgerondDoor);

    private sealed record ScoreRij(
        string Code, string Naam, int? Score, bool NietBesproken, string? Toelichting, DateTimeOffset? VastgelegdOp, string? VastgelegdDoor);

    private sealed record EerdereRij(
        string Leefgebied, Guid VraagverhelderingId, int Score, string? Toelichting, DateTimeOffset VastgelegdOp, string VastgelegdDoor);
}
