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
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>Beleid's list of knelpunten, the most reported first; filtered on open or afgehandeld and on soort.</summary>
internal static class ZoekKnelpunten
{
    [Vereist(MonitoringRechten.KnelpuntenBehandelen)]
    [GeenPersoonsgegevens]
    public sealed record Query(string? Status, string? Soort, Paginering Paginering) : IRequest<Resultaten<KnelpuntRegel>>;

    public sealed record KnelpuntRegel(
        Guid Id, string Soort, string? Leefgebied, string? Expertise, string? Team, string Omschrijving, int Aantal, string Status,
        DateTimeOffset GemeldOp, DateTimeOffset LaatstGemeldOp, string? Toelichting, string? BehandeldDoor, DateTimeOffset? BehandeldOp, int Versie);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan(Keuzes.Filters.Keys).WithMessage("Kies status open of afgehandeld.");
            RuleFor(q => q.Soort).EenVan(Keuzes.Soorten.Keys).WithMessage($"Onbekende soort; kies uit: {string.Join(", ", Keuzes.Soorten.Keys)}.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal const string Kolommen = """
        k.id as Id, k.soort as Soort, k.leefgebied as Leefgebied, k.expertise as Expertise, k.team as Team, k.omschrijving as Omschrijving,
        k.aantal as Aantal, k.status as Status, k.gemeld_op as GemeldOp, k.laatst_gemeld_op as LaatstGemeldOp, k.toelichting as Toelichting,
        k.behandeld_door as BehandeldDoor, k.behandeld_op as BehandeldOp, k.versie as Versie
        """;

    internal sealed class Handler(ModuleDb<MonitoringModule> db) : IRequestHandler<Query, Resultaten<KnelpuntRegel>>
    {
        private static string Sql(string[]? statussen, string? soort)
        {
            var waar = new Voorwaarden()
                .Als(statussen is not null, "k.status = any(@Statussen)")
                .Als(soort is not null, "k.soort = @Soort");
            return $"""
                select count(*) from monitoring.knelpunt k where {waar};
                select {Kolommen} from monitoring.knelpunt k where {waar}
                order by k.aantal desc, k.laatst_gemeld_op desc, k.id
                limit @Limiet offset @Offset
                """;
        }

        public async Task<Resultaten<KnelpuntRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            string[]? statussen = query.Status switch
            {
                "open" => [.. Keuzes.NogOpen],
                "afgehandeld" => [.. Keuzes.Afgehandeld],
                _ => null,
            };
            await using var results = await connection.QueryMultipleAsync(Sql(statussen, query.Soort), new
            {
                Statussen = statussen,
                query.Soort,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<KnelpuntRegel>(totaal, [.. await results.ReadAsync<KnelpuntRegel>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/knelpunten", async Task<Ok<Pagina<KnelpuntRegel>>> (
                string? status, string? soort, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(Knelpunttekst.Leeg(status), Knelpunttekst.Leeg(soort), paginering), ct);
                return TypedResults.Ok(Pagina<KnelpuntRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekKnelpunten")
            .WithTags("Monitoring")
            .WithSummary("Lijst van knelpunten voor beleid")
            .WithDescription(
                "De knelpunten die het loket meldde, het vaakst gemelde eerst, gepagineerd, met wat beleid ermee deed. Filters: status (open is " +
                "open en in behandeling, afgehandeld is opgepakt en niet opgepakt) en soort. Alleen voor beleid (aangemeld); geen sleutel heeft dit recht.")
            .ProducesValidationProblem();
}
