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

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>One knelpunt for beleid, with every status change (who, when, why); its version is the ETag for the behandeling.</summary>
internal static class GeefKnelpunt
{
    [Vereist(MonitoringRechten.KnelpuntenBehandelen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid Id) : IRequest<Detail>;

    public sealed record Detail(ZoekKnelpunten.KnelpuntRegel Knelpunt, IReadOnlyList<Behandeling> Geschiedenis);

    public sealed record Behandeling(string Van, string Naar, string Toelichting, string Door, DateTimeOffset Op);

    internal sealed class Handler(ModuleDb<MonitoringModule> db) : IRequestHandler<Query, Detail>
    {
        private const string Sql = $"""
            select {ZoekKnelpunten.Kolommen} from monitoring.knelpunt k where k.id = @Id;
            select van as Van, naar as Naar, toelichting as Toelichting, door as Door, op as Op
            from monitoring.knelpunt_behandeling where knelpunt_id = @Id order by op, id;
            """;

        public async Task<Detail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new { query.Id });
            var knelpunt = await results.ReadSingleOrDefaultAsync<ZoekKnelpunten.KnelpuntRegel>()
                ?? throw new NietGevondenException("Er is geen knelpunt met deze id.");
            return new Detail(knelpunt, [.. await results.ReadAsync<Behandeling>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/knelpunten/{id}", async Task<Ok<Detail>> (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, detail.Knelpunt.Versie);
                return TypedResults.Ok(detail);
            })
            .WithName("geefKnelpunt")
            .WithTags("Monitoring")
            .WithSummary("Geef een knelpunt met zijn geschiedenis")
            .WithDescription(
                "Eén knelpunt met hoe vaak het is gemeld, de status en elke statuswijziging (van, naar, toelichting, wie en wanneer). " +
                "De ETag is de versie: stuur die in If-Match bij PUT /knelpunten/{id}/behandeling. Alleen voor beleid (aangemeld).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
