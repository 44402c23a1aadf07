using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>
/// The werkvoorraad: vraagverhelderingen by urgentie (crisis, hoog, normaal), then oldest first so nobody waits
/// longest by accident; filtered by status, who has them (vrij, mij, collega), urgentie and the inwoner's kern.
/// </summary>
internal static class ZoekVraagverhelderingen
{
    [Vereist(VraagverhelderingRechten.Lezen)]
    [Verwerking("Werkvoorraad vraagverheldering ingezien", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Query(string? Status, Paginering Paginering, string? Behandelaar = null, string? Urgentie = null, string? Kern = null)
        : IRequest<Resultaten<VraagverhelderingRegel>>;

    public sealed record VraagverhelderingRegel(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string? InwonerNaam, string? Kern, string Vraag, string Urgentie, string Status,
        DateTimeOffset GeopendOp, string? Behandelaar, DateTimeOffset? BehandelaarSinds) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan(VraagverhelderingStatus.Namen.Keys)
                .WithMessage($"Onbekende status; kies uit: {string.Join(", ", VraagverhelderingStatus.Namen.Keys)}.");
            RuleFor(q => q.Behandelaar).EenVan(Keuzes.Behandelaars.Keys)
                .WithMessage($"Onbekende keuze; kies uit: {Keuzes.Opsomming(Keuzes.Behandelaars)}.");
            RuleFor(q => q.Urgentie).EenVan(Keuzes.Urgenties.Keys)
                .WithMessage($"Onbekende urgentie; kies uit: {Keuzes.Opsomming(Keuzes.Urgenties)}.");
            RuleFor(q => q.Kern).MaximumLength(100).WithMessage("De kern is te lang (ten hoogste 100 tekens).");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db, ActorContext actor) : IRequestHandler<Query, Resultaten<VraagverhelderingRegel>>
    {
        // One fixed condition per filter given, never "(@X is null or x = @X)": the module's connections prepare their
        // statements, and a generic plan of that form cannot use the partial index over the open rows. The status is a
        // literal of the validated list for the same reason: "status = $1" cannot prove "status = 'open'", the partial
        // indexes' predicate, in a generic plan (measured there: a sort of every row instead of the first 20 read in order).
        private static readonly (Func<Query, bool> Gegeven, string Voorwaarde)[] Voorwaarden =
        [
            (q => q.Status == VraagverhelderingStatus.Open, "status = 'open'"),
            (q => q.Status == VraagverhelderingStatus.Afgerond, "status = 'afgerond'"),
            (q => q.Urgentie is not null, "urgentie = @Urgentie"),
            (q => !string.IsNullOrWhiteSpace(q.Kern), "kern = @Kern"),
            (q => q.Behandelaar == "vrij", "behandelaar_id is null"),
            (q => q.Behandelaar == "mij", "behandelaar_id = @Ik"),
            (q => q.Behandelaar == "collega", "behandelaar_id <> @Ik"),
        ];

        private const string Kolommen = """
            select id as Id, aanmelding_id as AanmeldingId, inwoner_id as InwonerId, inwoner_naam as InwonerNaam, kern as Kern, vraag as Vraag,
                   urgentie as Urgentie, status as Status, geopend_op as GeopendOp, behandelaar_naam as Behandelaar,
                   behandelaar_sinds as BehandelaarSinds
            """;

        private const string Volgorde = """
            order by array_position(array['crisis', 'hoog', 'normaal']::text[], urgentie), geopend_op, id
            limit @Limiet offset @Offset
            """;

        private static string Sql(Query query)
        {
            var voorwaarden = Voorwaarden.Where(v => v.Gegeven(query)).Select(v => v.Voorwaarde).ToList();
            var filter = "from vraagverheldering.vraagverheldering" + (voorwaarden.Count == 0 ? "" : " where " + string.Join(" and ", voorwaarden));
            return $"select count(*) {filter};\n{Kolommen} {filter}\n{Volgorde}";
        }

        public async Task<Resultaten<VraagverhelderingRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql(query), new
            {
                query.Status,
                query.Urgentie,
                Kern = string.IsNullOrWhiteSpace(query.Kern) ? null : query.Kern.Trim(),
                query.Behandelaar,
                Ik = actor.Huidig.Id,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<VraagverhelderingRegel>(totaal, [.. await results.ReadAsync<VraagverhelderingRegel>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/vraagverhelderingen", async Task<Ok<Pagina<VraagverhelderingRegel>>> (
                string? status, string? behandelaar, string? urgentie, string? kern, int? pagina, int? paginaGrootte, IMediator mediator,
                HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(status, paginering, behandelaar, urgentie, kern), ct);
                return TypedResults.Ok(Pagina<VraagverhelderingRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekVraagverhelderingen")
            .WithTags("Vraagverheldering")
            .WithSummary("Werkvoorraad vraagverheldering")
            .WithDescription(
                "Vraagverhelderingen op urgentie (crisis, hoog, normaal), dan oudste eerst, gepagineerd, met de naam van de inwoner en de vraag " +
                $"(nooit een BSN). Filters: status ({string.Join(", ", VraagverhelderingStatus.Namen.Keys)}), behandelaar " +
                $"({Keuzes.Opsomming(Keuzes.Behandelaars)}), urgentie ({Keuzes.Opsomming(Keuzes.Urgenties)}) en kern (de woonkern van de inwoner).")
            .ProducesValidationProblem();
}
