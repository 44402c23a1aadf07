using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>The organisaties on the kaart by name, with how many voorzieningen each offers; archived ones only when asked.</summary>
internal static class ZoekOrganisaties
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(string? Naam, bool MetGearchiveerd, Paginering Paginering) : IRequest<Resultaten<OrganisatieRegel>>;

    public sealed record OrganisatieRegel(Guid Id, string Naam, int AantalVoorzieningen, DateOnly LaatstGecontroleerd, bool Gearchiveerd);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Naam).MaximumLength(200).WithMessage("Een naam is ten hoogste 200 tekens.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, Resultaten<OrganisatieRegel>>
    {
        private static string Sql(Query query, string? naam)
        {
            var waar = new Voorwaarden()
                .Als(!query.MetGearchiveerd, "o.gearchiveerd_op is null")
                .Als(naam is not null, "sociale_kaart.zonder_accenten(o.naam) like '%' || sociale_kaart.zonder_accenten(@Naam) || '%'");
            return $"""
                select o.id as Id, o.naam as Naam,
                       (select count(*)::int from sociale_kaart.voorziening v where v.organisatie_id = o.id and v.gearchiveerd_op is null) as AantalVoorzieningen,
                       o.laatst_gecontroleerd as LaatstGecontroleerd, o.gearchiveerd_op is not null as Gearchiveerd, count(*) over () as Totaal
                from sociale_kaart.organisatie o
                where {waar}
                order by o.naam, o.id
                limit @Limiet offset @Offset
                """;
        }

        public async Task<Resultaten<OrganisatieRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var naam = string.IsNullOrWhiteSpace(query.Naam) ? null : query.Naam.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            var rijen = (await connection.QueryAsync<Rij>(Sql(query, naam), new
            {
                Naam = naam,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            })).ToList();
            return new Resultaten<OrganisatieRegel>(
                rijen.Count == 0 ? 0 : (int)rijen[0].Totaal,
                [.. rijen.Select(r => new OrganisatieRegel(r.Id, r.Naam, r.AantalVoorzieningen, r.LaatstGecontroleerd, r.Gearchiveerd))]);
        }

        private sealed record Rij(Guid Id, string Naam, int AantalVoorzieningen, DateOnly LaatstGecontroleerd, bool Gearchiveerd, long Totaal);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/organisaties", async Task<Ok<Pagina<OrganisatieRegel>>> (
                string? naam, bool? metGearchiveerd, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(naam, metGearchiveerd ?? false, paginering), ct);
                return TypedResults.Ok(Pagina<OrganisatieRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekOrganisaties")
            .WithTags("Sociale kaart")
            .WithSummary("Zoek organisaties op de sociale kaart")
            .WithDescription("De organisaties op naam (een deel van de naam volstaat, zonder accenten), met het aantal voorzieningen dat ze aanbieden. Gearchiveerde alleen met metGearchiveerd=true.")
            .ProducesValidationProblem();
}
