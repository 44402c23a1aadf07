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

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

internal static class GeefVoorziening
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid Id) : IRequest<VoorzieningDetail>;

    /// <summary>An archived voorziening is still answered, so what once pointed to it stays readable.</summary>
    public sealed record VoorzieningDetail(
        Guid Id, string Naam, string Omschrijving, Organisatie Organisatie, string[] Leefgebieden, string[] Themas, string[] Doelgroepen,
        bool Kosteloos, string Soort, string? Aanvragen, bool VerwijzingNodig, DateOnly LaatstGecontroleerd, IReadOnlyList<Locatie> Locaties,
        IReadOnlyList<Openingstijd> Openingstijden, IReadOnlyList<Sluitingsdag> Sluitingsdagen, int AantalVerwijzingen,
        DateTimeOffset? GearchiveerdOp, int Versie);

    public sealed record Organisatie(Guid Id, string Naam, string? Telefoon, string? Website);

    public sealed record Locatie(Guid Id, string Naam, string? Straat, string? Huisnummer, string Plaats, string Kern);

    /// <summary>Weekdag 1 is maandag; no locatie means by phone.</summary>
    public sealed record Openingstijd(int Weekdag, TimeOnly Van, TimeOnly Tot, string Soort, Guid? LocatieId, string? Locatie);

    public sealed record Sluitingsdag(DateOnly Datum, string Omschrijving);

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, VoorzieningDetail>
    {
        private const string Sql = """
            select v.id as Id, v.naam as Naam, v.omschrijving as Omschrijving, v.leefgebieden as Leefgebieden, v.themas as Themas,
                   v.doelgroepen as Doelgroepen, v.kosteloos as Kosteloos, v.soort as Soort, v.aanvragen as Aanvragen,
                   v.verwijzing_nodig as VerwijzingNodig, v.laatst_gecontroleerd as LaatstGecontroleerd, o.id as OrganisatieId,
                   o.naam as OrganisatieNaam, o.telefoon as Telefoon, o.website as Website,
                   (select count(*)::int from sociale_kaart.verwijzing r where r.voorziening_id = v.id) as AantalVerwijzingen,
                   v.gearchiveerd_op as GearchiveerdOp, v.versie as Versie
            from sociale_kaart.voorziening v join sociale_kaart.organisatie o on o.id = v.organisatie_id
            where v.id = @Id;
            select l.id as Id, l.naam as Naam, l.straat as Straat, l.huisnummer as Huisnummer, l.plaats as Plaats, l.kern as Kern
            from sociale_kaart.voorziening_locatie vl join sociale_kaart.locatie l on l.id = vl.locatie_id
            where vl.voorziening_id = @Id order by l.naam;
            select t.weekdag::int as Weekdag, t.van as Van, t.tot as Tot, t.soort as Soort, t.locatie_id as LocatieId, l.naam as Locatie
            from sociale_kaart.openingstijd t left join sociale_kaart.locatie l on l.id = t.locatie_id
            where t.voorziening_id = @Id order by t.weekdag, t.van;
            select datum as Datum, omschrijving as Omschrijving from sociale_kaart.sluitingsdag where voorziening_id = @Id order by datum;
            """;

        public async Task<VoorzieningDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, query);
            var v = await results.ReadSingleOrDefaultAsync<Rij>() ?? throw new NietGevondenException("Er is geen voorziening met deze id.");
            var locaties = (await results.ReadAsync<Locatie>()).ToList();
            var tijden = (await results.ReadAsync<Openingstijd>()).ToList();
            var sluitingsdagen = (await results.ReadAsync<Sluitingsdag>()).ToList();
            return new VoorzieningDetail(v.Id, v.Naam, v.Omschrijving, new Organisatie(v.OrganisatieId, v.OrganisatieNaam, v.Telefoon, v.Website),
                v.Leefgebieden, v.Themas, v.Doelgroepen, v.Kosteloos, v.Soort, v.Aanvragen, v.VerwijzingNodig, v.LaatstGecontroleerd, locaties, tijden,
                sluitingsdagen, v.AantalVerwijzingen, v.GearchiveerdOp, v.Versie);
        }

        private sealed record Rij(
            Guid Id, string Naam, string Omschrijving, string[] Leefgebieden, string[] Themas, string[] Doelgroepen, bool Kosteloos, string Soort,
            string? Aanvragen, bool VerwijzingNodig, DateOnly LaatstGecontroleerd, Guid OrganisatieId, string OrganisatieNaam, string? Telefoon,
            string? Website, int AantalVerwijzingen, DateTimeOffset? GearchiveerdOp, int Versie);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/voorzieningen/{id}", async Task<Ok<VoorzieningDetail>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var voorziening = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, voorziening.Versie);
                return TypedResults.Ok(voorziening);
            })
            .WithName("geefVoorziening")
            .WithTags("Sociale kaart")
            .WithSummary("Geef een voorziening")
            .WithDescription("Eén voorziening met de organisatie, de locaties, wanneer ze open of bereikbaar is, hoe vaak het loket ernaar verwees, en of ze gearchiveerd is. De ETag is de versie voor een wijziging (If-Match).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
