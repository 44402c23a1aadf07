using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Expertises;

/// <summary>The expertises a vraagverheldering can ask for: reference data, readable by every signed-in actor.</summary>
internal static class GeefExpertises
{
    [Vereist(Rechten.ReferentiegegevensLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Expertise>>;

    public sealed record Expertise(string Code, string Naam);

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, IReadOnlyList<Expertise>>
    {
        private const string Sql = "select code as Code, naam as Naam from vraagverheldering.expertise where actief order by volgorde, code";

        public async Task<IReadOnlyList<Expertise>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<Expertise>(Sql)];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/expertises", async Task<Ok<Pagina<Expertise>>> (IMediator mediator, CancellationToken ct) =>
            {
                var expertises = await mediator.Send(new Query(), ct);
                return TypedResults.Ok(new Pagina<Expertise>(expertises.Count, null, null, expertises));
            })
            .WithName("geefExpertises")
            .WithTags("Vraagverheldering")
            .WithSummary("Geef de expertises")
            .WithDescription("De expertises die een vraagverheldering nodig kan hebben (jeugd, Wmo, werk, inkomen, schuldhulpverlening, ...). " +
                "Welk team of welke partner een expertise uitvoert, staat in de routeringstabel van Overdracht.");
}
