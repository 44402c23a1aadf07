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

/// <summary>The werkvoorraad: vraagverhelderingen, oldest first so nobody waits longest by accident.</summary>
internal static class ZoekVraagverhelderingen
{
    [Vereist(VraagverhelderingRechten.Lezen)]
    [Verwerking("Werkvoorraad vraagverheldering ingezien", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Query(string? Status, Paginering Paginering) : IRequest<Resultaten<VraagverhelderingRegel>>;

    public sealed record VraagverhelderingRegel(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string Vraag, string Urgentie, string Status, DateTimeOffset GeopendOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan(VraagverhelderingStatus.Namen.Keys)
                .WithMessage($"Onbekende status; kies uit: {string.Join(", ", VraagverhelderingStatus.Namen.Keys)}.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, Resultaten<VraagverhelderingRegel>>
    {
        private const string Sql = """
            select count(*) from vraagverheldering.vraagverheldering where (@Status::text is null or status = @Status);
            select id as Id, aanmelding_id as AanmeldingId, inwoner_id as InwonerId, vraag as Vraag, urgentie as Urgentie,
                   status as Status, geopend_op as GeopendOp
            from vraagverheldering.vraagverheldering
            where (@Status::text is null or status = @Status)
            order by geopend_op, id
            limit @Limiet offset @Offset
            """;

        public async Task<Resultaten<VraagverhelderingRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new
            {
                query.Status,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<VraagverhelderingRegel>(totaal, [.. await results.ReadAsync<VraagverhelderingRegel>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/vraagverhelderingen", async Task<Ok<Pagina<VraagverhelderingRegel>>> (
                string? status, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(status, paginering), ct);
                return TypedResults.Ok(Pagina<VraagverhelderingRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekVraagverhelderingen")
            .WithTags("Vraagverheldering")
            .WithSummary("Werkvoorraad vraagverheldering")
            .WithDescription("Vraagverhelderingen, oudste eerst, gepagineerd. Filter: status.")
            .ProducesValidationProblem();
}
