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

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

internal static class ZoekAanmeldingen
{
    /// <summary>
    /// Aanmeldingen, newest first, filtered by status, kanaal, bron, the period they came in, and what waits for the
    /// loket from their overdrachten (teruggelegd, verlopen).
    /// </summary>
    [Vereist(IntakeRechten.AanmeldingenLezen)]
    [Verwerking("Lijst van aanmeldingen ingezien", IntakeDoelen.Intake)]
    public sealed record Query(string? Status, string? Kanaal, string? Bron, DateOnly? Van, DateOnly? Tot, Paginering Paginering, string? Overdracht = null)
        : IRequest<Resultaten<AanmeldingRegel>>;

    public sealed record AanmeldingRegel(
        Guid Id, string Kanaal, string Bron, string Vraag, Guid? InwonerId, string Urgentie, string Status, DateTimeOffset GeregistreerdOp) : IBetreftPersonen
    {
        /// <summary>The kastje-muur count, and the overdrachten laid back or expired that wait for the loket.</summary>
        public Overdrachtstand Overdrachten { get; init; } = Overdrachtstanden.Geen;

        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan(Keuzes.Statussen.Keys)
                .WithMessage($"Onbekende status; kies uit: {Keuzes.Opsomming(Keuzes.Statussen)}.");
            RuleFor(q => q.Kanaal).EenVan(Keuzes.Kanalen.Keys)
                .WithMessage($"Onbekend kanaal; kies uit: {Keuzes.Opsomming(Keuzes.Kanalen)}.");
            RuleFor(q => q.Bron).EenVan(Keuzes.Bronnen.Keys)
                .WithMessage($"Onbekende bron; kies uit: {Keuzes.Opsomming(Keuzes.Bronnen)}.");
            RuleFor(q => q.Overdracht).EenVan(GeefWerkvoorraad.Overdrachtfilters.Keys)
                .WithMessage($"Onbekende keuze; kies uit: {Keuzes.Opsomming(GeefWerkvoorraad.Overdrachtfilters)}.");
            RuleFor(q => q.Tot).GreaterThanOrEqualTo(q => q.Van).When(q => q.Van is not null && q.Tot is not null)
                .WithMessage("'tot' ligt voor 'van'.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Resultaten<AanmeldingRegel>>
    {
        private static string Sql(Query query)
        {
            var waar = new Voorwaarden()
                .Als(query.Status is not null, "status = @Status")
                .Als(query.Overdracht == GeefWerkvoorraad.Teruggelegd, Overdrachtstanden.AlleenTeruggelegd)
                .Als(query.Overdracht == GeefWerkvoorraad.Verlopen, Overdrachtstanden.AlleenVerlopen)
                .Als(query.Kanaal is not null, "kanaal = @Kanaal")
                .Als(query.Bron is not null, "bron = @Bron")
                .Als(query.Van is not null, "geregistreerd_op >= @Van::date")
                .Als(query.Tot is not null, "geregistreerd_op < @Tot::date + 1");
            return $"""
                select count(*) from intake.aanmelding a where {waar};
                select id as Id, kanaal as Kanaal, bron as Bron, vraag as Vraag, inwoner_id as InwonerId,
                       urgentie as Urgentie, status as Status, geregistreerd_op as GeregistreerdOp
                from intake.aanmelding a where {waar}
                order by geregistreerd_op desc, id desc
                limit @Limiet offset @Offset
                """;
        }

        public async Task<Resultaten<AanmeldingRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql(query), new
            {
                query.Status,
                query.Kanaal,
                query.Bron,
                query.Van,
                query.Tot,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            var regels = (await results.ReadAsync<AanmeldingRegel>()).ToList();
            var standen = await Overdrachtstanden.LeesAsync(connection, [.. regels.Select(r => r.Id)]);
            return new Resultaten<AanmeldingRegel>(totaal, [.. regels.Select(r => r with { Overdrachten = standen[r.Id] })]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aanmeldingen", async Task<Ok<Pagina<AanmeldingRegel>>> (
                string? status, string? kanaal, string? bron, DateOnly? van, DateOnly? tot, string? overdracht, int? pagina, int? paginaGrootte,
                IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(status, kanaal, bron, van, tot, paginering, overdracht), ct);
                return TypedResults.Ok(Pagina<AanmeldingRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekAanmeldingen")
            .WithTags("Aanmeldingen")
            .WithSummary("Lijst van aanmeldingen")
            .WithDescription(
                "Aanmeldingen, nieuwste eerst, gepagineerd. Filters: status, kanaal, bron, van/tot (datum van binnenkomst, beide inclusief) en " +
                "overdracht: 'teruggelegd' (een team legde een overdracht terug en het loket routeerde haar nog niet opnieuw) of 'verlopen' " +
                "(een team accepteerde niet binnen de termijn). Elke aanmelding draagt 'overdrachten': de kastje-muurtelling (aantal " +
                "overdrachten en hoeveel daarvan terugkwamen) en de teruggelegde (met reden en team) en verlopen overdrachten die op het loket wachten.")
            .ProducesValidationProblem();
}
