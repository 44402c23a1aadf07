using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

/// <summary>
/// The leefgebieden as reference data, for the other modules (through Contracts) and for integrators; held in memory for a
/// short while (<see cref="Leefgebiedengeheugen"/>), because every aanmelding checks its onderwerpen against them.
/// </summary>
internal sealed class GeefLeefgebiedenHandler(ModuleDb<VraagverhelderingModule> db, Leefgebiedengeheugen geheugen)
    : IRequestHandler<GeefLeefgebieden, IReadOnlyList<Leefgebied>>
{
    private const string Sql = """
        select code as Code, naam as Naam from vraagverheldering.leefgebied where actief order by volgorde, code
        """;

    public Task<IReadOnlyList<Leefgebied>> Handle(GeefLeefgebieden query, CancellationToken cancellationToken) =>
        geheugen.HaalAsync(async () =>
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<Leefgebied>(Sql)];
        });

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leefgebieden", async Task<Ok<Pagina<Leefgebied>>> (IMediator mediator, CancellationToken ct) =>
            {
                var leefgebieden = await mediator.Send(new GeefLeefgebieden(), ct);
                return TypedResults.Ok(new Pagina<Leefgebied>(leefgebieden.Count, null, null, leefgebieden));
            })
            .WithName("geefLeefgebieden")
            .WithTags("Vraagverheldering")
            .WithSummary("Geef de leefgebieden")
            .WithDescription("De leefgebieden van de methode waarmee het loket de situatie in kaart brengt (standaard de Zelfredzaamheid-Matrix 2017), in de volgorde van de methode. Andere velden verwijzen naar de code.");
}
