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

namespace Nijkerk.SociaalDomein.Regie.RegieGevraagd;

/// <summary>The regisseurs a teamleider chooses from, each with how many plans he runs now, so the work is shared fairly.</summary>
internal static class GeefRegisseurs
{
    [Vereist(RegieRechten.RegieToewijzen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Regisseur>>;

    public sealed record Regisseur(string Id, string Naam, int LopendePlannen);

    internal sealed class Handler(ModuleDb<RegieModule> db, IMediator mediator) : IRequestHandler<Query, IReadOnlyList<Regisseur>>
    {
        private const string Sql = "select regisseur_id as Id, count(*)::int as Aantal from regie.plan where status = 'lopend' group by regisseur_id";

        public async Task<IReadOnlyList<Regisseur>> Handle(Query query, CancellationToken cancellationToken)
        {
            var regisseurs = await mediator.Send(new GeefMedewerkersMetRol(Rollen.Regisseur), cancellationToken);
            await using var connection = await db.OpenAsync(cancellationToken);
            var aantallen = (await connection.QueryAsync<(string Id, int Aantal)>(Sql)).ToDictionary(r => r.Id, r => r.Aantal);
            return [.. regisseurs.Select(r => new Regisseur(r.Id, r.Naam, aantallen.GetValueOrDefault(r.Id)))];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/regisseurs", async Task<Ok<Pagina<Regisseur>>> (IMediator mediator, CancellationToken ct) =>
            {
                var regisseurs = await mediator.Send(new Query(), ct);
                return TypedResults.Ok(new Pagina<Regisseur>(regisseurs.Count, null, null, regisseurs));
            })
            .WithName("geefRegisseurs")
            .WithTags("Regie")
            .WithSummary("Regisseurs")
            .WithDescription("De actieve regisseurs, op naam, met het aantal plannen dat ieder nu voert; voor de toewijzing van regie.");
}
