using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

internal static class GeefVoorziening
{
    [Vereist(Rechten.SocialeKaartLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid Id) : IRequest<VoorzieningDetail>;

    public sealed record VoorzieningDetail(
        Guid Id, string Naam, string Omschrijving, Organisatie Organisatie, string[] Leefgebieden, string[] Doelgroepen, bool Kosteloos,
        string Soort, string? Aanvragen, bool VerwijzingNodig, DateOnly LaatstGecontroleerd, IReadOnlyList<Locatie> Locaties,
        IReadOnlyList<Openingstijd> Openingstijden);

    public sealed record Organisatie(Guid Id, string Naam, string? Telefoon, string? Website);

    public sealed record Locatie(Guid Id, string Naam, string? Straat, string? Huisnummer, string Plaats, string Kern);

    /// <summary>Weekdag 1 is maandag; no locatie means by phone.</summary>
    public sealed record Openingstijd(int Weekdag, TimeOnly Van, TimeOnly Tot, string Soort, string? Locatie);

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, VoorzieningDetail>
    {
        private const string Sql = """
            select v.id as Id, v.naam as Naam, v.omschrijving as Omschrijving, v.leefgebieden as Leefgebieden, v.doelgroepen as Doelgroepen,
                   v.kosteloos as Kosteloos, v.soort as Soort, v.aanvragen as Aanvragen, v.verwijzing_nodig as VerwijzingNodig,
                   v.laatst_gecontroleerd as LaatstGecontroleerd, o.id as OrganisatieId, o.naam as OrganisatieNaam, o.telefoon as Telefoon, o.website as Website
            from sociale_kaart.voorziening v join sociale_kaart.organisatie o on o.id = v.organisatie_id
            where v.id = @Id and v.gearchiveerd_op is null;
            select l.id as Id, l.naam as Naam, l.straat as Straat, l.huisnummer as Huisnummer, l.plaats as Plaats, l.kern as Kern
            from sociale_kaart.voorziening_locatie vl join sociale_kaart.locatie l on l.id = vl.locatie_id
            where vl.voorziening_id = @Id order by l.naam;
            select t.weekdag::int as Weekdag, t.van as Van, t.tot as Tot, t.soort as Soort, l.naam as Locatie
            from sociale_kaart.openingstijd t left join sociale_kaart.locatie l on l.id = t.locatie_id
            where t.voorziening_id = @Id order by t.weekdag, t.van;
            """;

        public async Task<VoorzieningDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, query);
            var v = await results.ReadSingleOrDefaultAsync<Rij>() ?? throw new NietGevondenException("Er is geen voorziening met deze id.");
            var locaties = (await results.ReadAsync<Locatie>()).ToList();
            var tijden = (await results.ReadAsync<Openingstijd>()).ToList();
            return new VoorzieningDetail(v.Id, v.Naam, v.Omschrijving, new Organisatie(v.OrganisatieId, v.OrganisatieNaam, v.Telefoon, v.Website),
                v.Leefgebieden, v.Doelgroepen, v.Kosteloos, v.Soort, v.Aanvragen, v.VerwijzingNodig, v.LaatstGecontroleerd, locaties, tijden);
        }

        private sealed record Rij(
            Guid Id, string Naam, string Omschrijving, string[] Leefgebieden, string[] Doelgroepen, bool Kosteloos, string Soort, string? Aanvragen,
            bool VerwijzingNodig, DateOnly LaatstGecontroleerd, Guid OrganisatieId, string OrganisatieNaam, string? Telefoon, string? Website);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/voorzieningen/{id:guid}", async Task<Ok<VoorzieningDetail>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefVoorziening")
            .WithTags("Sociale kaart")
            .WithSummary("Geef een voorziening")
            .WithDescription("Eén voorziening met de organisatie, de locaties en wanneer ze open of bereikbaar is.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
