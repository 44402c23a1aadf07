using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;

/// <summary>Every vernietigingslijst, newest first: its status and how many dossiers. No personal data.</summary>
internal static class GeefVernietigingslijsten
{
    [Vereist(Rechten.BewaringBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Samenvatting>>;

    public sealed record Samenvatting(Guid Id, string Status, DateTimeOffset VoorgesteldOp, DateOnly Peildatum, int AantalDossiers, DateTimeOffset? UitgevoerdOp);

    internal sealed class Handler(ModuleDb<BewaringModule> db) : IRequestHandler<Query, IReadOnlyList<Samenvatting>>
    {
        public async Task<IReadOnlyList<Samenvatting>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<Samenvatting>(
                """
                select id as Id, status as Status, voorgesteld_op as VoorgesteldOp, peildatum as Peildatum, aantal_dossiers as AantalDossiers,
                       uitgevoerd_op as UitgevoerdOp
                from bewaring.vernietigingslijst order by voorgesteld_op desc, id desc limit 200
                """)];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/vernietigingslijsten", async Task<Ok<IReadOnlyList<Samenvatting>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(), ct)))
            .WithName("geefVernietigingslijsten")
            .WithTags("Bewaring")
            .WithSummary("Alle vernietigingslijsten")
            .WithDescription(
                "De vernietigingslijsten die de dagelijkse bewaringsronde voorstelde, nieuwste eerst, met hun status " +
                "(voorgesteld, afgewezen, goedgekeurd, uitgevoerd) en het aantal dossiers. Zonder persoonsgegevens.");
}
