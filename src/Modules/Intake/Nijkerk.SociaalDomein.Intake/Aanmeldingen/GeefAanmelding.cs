using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

internal static class GeefAanmelding
{
    [Vereist(Rechten.AanmeldingenLezen)]
    [Verwerking("Aanmelding ingezien", Doelen.Intake)]
    public sealed record Query(Guid Id) : IRequest<AanmeldingDetail>;

    public sealed record AanmeldingDetail(
        Guid Id,
        string Kanaal,
        string Bron,
        string Vraag,
        Guid? InwonerId,
        string Urgentie,
        string Status,
        DateTimeOffset GeregistreerdOp,
        DateTimeOffset? DoorgezetOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db, ActorContext actor) : IRequestHandler<Query, AanmeldingDetail>
    {
        private const string Sql = """
            select id as Id, kanaal as Kanaal, bron as Bron, vraag as Vraag, inwoner_id as InwonerId, urgentie as Urgentie,
                   status as Status, geregistreerd_op as GeregistreerdOp, doorgezet_op as DoorgezetOp
            from intake.aanmelding
            where id = @Id and (@Organisatie::text is null or organisatie = @Organisatie)
            """;

        public async Task<AanmeldingDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            // A partner asking for another's aanmelding hears it does not exist: not even that is its business.
            return await connection.QuerySingleOrDefaultAsync<AanmeldingDetail>(Sql, new { query.Id, actor.Huidig.Organisatie })
                ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aanmeldingen/{id:guid}", async Task<Ok<AanmeldingDetail>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Geef een aanmelding")
            .WithDescription("Eén aanmelding met haar status en, als ze is doorgezet, wanneer.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
