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

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>How an aanmelding was answered at once: the advice, the leefgebieden and the voorzieningen pointed to.</summary>
internal static class GeefAfhandeling
{
    [Vereist(IntakeRechten.AanmeldingenLezen)]
    [Verwerking("Afhandeling van een aanmelding ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Guid AanmeldingId) : IRequest<Afhandeling>;

    public sealed record Afhandeling(
        Guid AanmeldingId, Guid? InwonerId, string Advies, string[] Leefgebieden, Guid[] VoorzieningIds, DateTimeOffset AfgehandeldOp, string AfgehandeldDoor)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Afhandeling>
    {
        private const string Sql = """
            select a.id as AanmeldingId, a.inwoner_id as InwonerId, f.advies as Advies, f.leefgebieden as Leefgebieden,
                   coalesce((select array_agg(v.voorziening_id order by v.voorziening_id) from intake.aanmelding_voorziening v
                             where v.aanmelding_id = a.id), '{}') as VoorzieningIds,
                   a.afgehandeld_op as AfgehandeldOp, f.afgehandeld_door as AfgehandeldDoor
            from intake.aanmelding a
            join intake.afhandeling f on f.aanmelding_id = a.id
            where a.id = @AanmeldingId
            """;

        public async Task<Afhandeling> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var rij = await connection.QuerySingleOrDefaultAsync<Rij>(Sql, new { query.AanmeldingId })
                ?? throw new NietGevondenException("Deze aanmelding bestaat niet of is niet direct afgehandeld.");
            return new Afhandeling(rij.AanmeldingId, rij.InwonerId, rij.Advies, rij.Leefgebieden, rij.VoorzieningIds, rij.AfgehandeldOp, rij.AfgehandeldDoor);
        }

        // Dapper fills arrays through properties, not through a record's constructor.
        private sealed class Rij
        {
            public Guid AanmeldingId { get; init; }

            public Guid? InwonerId { get; init; }

            public string Advies { get; init; } = "";

            public string[] Leefgebieden { get; init; } = [];

            public Guid[] VoorzieningIds { get; init; } = [];

            public DateTimeOffset AfgehandeldOp { get; init; }

            public string AfgehandeldDoor { get; init; } = "";
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aanmeldingen/{id}/afhandeling", async Task<Ok<Afhandeling>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefAfhandeling")
            .WithTags("Aanmeldingen")
            .WithSummary("Geef de afhandeling van een aanmelding")
            .WithDescription("Het advies, de leefgebieden en de voorzieningen van de sociale kaart waarnaar is verwezen. 404 als de aanmelding niet direct is afgehandeld.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
