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

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

internal static class GeefOrganisatie
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid Id) : IRequest<OrganisatieDetail>;

    public sealed record OrganisatieDetail(
        Guid Id, string Naam, string? Omschrijving, string? Telefoon, string? Email, string? Website, DateOnly LaatstGecontroleerd,
        DateTimeOffset? GearchiveerdOp, int Versie, IReadOnlyList<Locatie> Locaties, IReadOnlyList<Voorziening> Voorzieningen);

    public sealed record Locatie(Guid Id, string Naam, string? Straat, string? Huisnummer, string? Postcode, string Plaats, string Kern);

    public sealed record Voorziening(Guid Id, string Naam, bool Gearchiveerd);

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, OrganisatieDetail>
    {
        private const string Sql = """
            select id as Id, naam as Naam, omschrijving as Omschrijving, telefoon as Telefoon, email as Email, website as Website,
                   laatst_gecontroleerd as LaatstGecontroleerd, gearchiveerd_op as GearchiveerdOp, versie as Versie
            from sociale_kaart.organisatie where id = @Id;
            select id as Id, naam as Naam, straat as Straat, huisnummer as Huisnummer, postcode as Postcode, plaats as Plaats, kern as Kern
            from sociale_kaart.locatie where organisatie_id = @Id order by naam, id;
            select id as Id, naam as Naam, gearchiveerd_op is not null as Gearchiveerd
            from sociale_kaart.voorziening where organisatie_id = @Id order by gearchiveerd_op nulls first, naam;
            """;

        public async Task<OrganisatieDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, query);
            var o = await results.ReadSingleOrDefaultAsync<Rij>() ?? throw new NietGevondenException("Er is geen organisatie met deze id.");
            var locaties = (await results.ReadAsync<Locatie>()).ToList();
            var voorzieningen = (await results.ReadAsync<Voorziening>()).ToList();
            return new OrganisatieDetail(o.Id, o.Naam, o.Omschrijving, o.Telefoon, o.Email, o.Website, o.LaatstGecontroleerd, o.GearchiveerdOp, o.Versie,
                locaties, voorzieningen);
        }

        private sealed record Rij(
            Guid Id, string Naam, string? Omschrijving, string? Telefoon, string? Email, string? Website, DateOnly LaatstGecontroleerd,
            DateTimeOffset? GearchiveerdOp, int Versie);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/organisaties/{id}", async Task<Ok<OrganisatieDetail>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var organisatie = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, organisatie.Versie);
                return TypedResults.Ok(organisatie);
            })
            .WithName("geefOrganisatie")
            .WithTags("Sociale kaart")
            .WithSummary("Geef een organisatie")
            .WithDescription("Eén organisatie met haar locaties en voorzieningen (ook gearchiveerde). De ETag is de versie voor een wijziging (If-Match).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
