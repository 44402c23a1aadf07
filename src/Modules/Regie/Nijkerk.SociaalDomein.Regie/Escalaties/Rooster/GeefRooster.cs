using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Rooster;

/// <summary>
/// The rota from now on (four weeks), and the gaps in the coming week when nobody is on duty: an escalation then goes
/// to all ijsbrekers, which the beheerder may want to avoid.
/// </summary>
internal static class GeefRooster
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<Overzicht>;

    public sealed record Overzicht(IReadOnlyList<Medewerker> Ijsbrekers, IReadOnlyList<Dienst> Diensten, IReadOnlyList<Gat> NiemandVanDienst);

    public sealed record Dienst(Guid Id, string IjsbrekerId, string Ijsbreker, DateTimeOffset Van, DateTimeOffset Tot);

    public sealed record Gat(DateTimeOffset Van, DateTimeOffset Tot);

    internal sealed class Handler(ModuleDb<RegieModule> db, TimeProvider clock, IMediator mediator) : IRequestHandler<Query, Overzicht>
    {
        private const string Sql = """
            select id as Id, ijsbreker_id as IjsbrekerId, ijsbreker_naam as Ijsbreker, van as Van, tot as Tot
            from regie.ijsbreker_dienst where tot > @Nu and van < @Tot order by van, tot, id
            """;

        public async Task<Overzicht> Handle(Query query, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            await using var connection = await db.OpenAsync(cancellationToken);
            var diensten = (await connection.QueryAsync<Dienst>(Sql, new { Nu = nu, Tot = nu.AddDays(28) })).ToList();
            var ijsbrekers = await mediator.Send(new GeefMedewerkersMetRol(Rollen.Ijsbreker), cancellationToken);
            return new Overzicht(ijsbrekers, diensten, Gaten(diensten, nu, nu.AddDays(7)));
        }

        /// <summary>The stretches between <paramref name="van"/> and <paramref name="tot"/> that no shift covers.</summary>
        internal static IReadOnlyList<Gat> Gaten(IEnumerable<Dienst> diensten, DateTimeOffset van, DateTimeOffset tot)
        {
            var gaten = new List<Gat>();
            var gedekt = van;
            foreach (var dienst in diensten.OrderBy(d => d.Van))
            {
                if (dienst.Van > gedekt)
                {
                    gaten.Add(new Gat(gedekt, dienst.Van < tot ? dienst.Van : tot));
                }

                if (dienst.Tot > gedekt)
                {
                    gedekt = dienst.Tot;
                }

                if (gedekt >= tot)
                {
                    break;
                }
            }

            if (gedekt < tot)
            {
                gaten.Add(new Gat(gedekt, tot));
            }

            return gaten.Where(g => g.Tot > g.Van).ToList();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/ijsbrekersrooster", async Task<Ok<Overzicht>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new Query(), ct)))
            .WithName("geefIjsbrekersrooster")
            .WithTags("Regie")
            .WithSummary("Het rooster van de ijsbrekers")
            .WithDescription("De ijsbrekers (id en naam, voor het plannen), de diensten van nu tot vier weken vooruit, en in niemandVanDienst de perioden in de komende week waarin niemand dienst heeft. Alleen voor de functioneel beheerder.");
}
