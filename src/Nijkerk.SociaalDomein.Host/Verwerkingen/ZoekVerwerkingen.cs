using Dapper;
using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Verwerkingen;

/// <summary>"Who looked at my file?": every recorded processing of one inhabitant's data, newest first.</summary>
internal static class ZoekVerwerkingen
{
    [Vereist(Rechten.VerwerkingenLezen)]
    [Verwerking("Verwerkingen van de inwoner ingezien", Doelen.Toezicht)]
    public sealed record Query(Guid? InwonerId, Paginering Paginering) : IRequest<Resultaten<VerwerkingRegel>>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    public sealed record VerwerkingRegel(
        DateTimeOffset Tijdstip, string ActorNaam, string ActorSoort, string? Organisatie, string Omschrijving, string Doel, string Handeling);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.InwonerId).NotEmpty().WithMessage("Geef de inwoner op wiens verwerkingen u wilt zien.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<AuditModule> db) : IRequestHandler<Query, Resultaten<VerwerkingRegel>>
    {
        private const string Sql = """
            select count(*) from audit.verwerking where persoon_id = @InwonerId;
            select tijdstip as Tijdstip, actor_naam as ActorNaam, actor_soort as ActorSoort, organisatie as Organisatie,
                   omschrijving as Omschrijving, doel as Doel, handeling as Handeling
            from audit.verwerking
            where persoon_id = @InwonerId
            order by tijdstip desc, id desc
            limit @Limiet offset @Offset
            """;

        public async Task<Resultaten<VerwerkingRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new
            {
                query.InwonerId,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<VerwerkingRegel>(totaal, [.. await results.ReadAsync<VerwerkingRegel>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/verwerkingen", async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<Pagina<VerwerkingRegel>>> (
                Guid? inwonerId, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(inwonerId, paginering), ct);
                return TypedResults.Ok(Pagina<VerwerkingRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekVerwerkingen")
            .WithTags("Verwerkingen")
            .WithSummary("Verwerkingen van een inwoner")
            .WithDescription("Wie wanneer welke gegevens van de inwoner las of schreef, en waarvoor. Alleen voor de functioneel beheerder; het inzien wordt zelf ook vastgelegd.")
            .ProducesValidationProblem();
}
