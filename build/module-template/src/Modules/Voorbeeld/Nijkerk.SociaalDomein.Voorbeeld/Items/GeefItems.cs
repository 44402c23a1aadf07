using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Voorbeeld.Items;

/// <summary>Every item, by description: the module's first slice, to be replaced by its own.</summary>
internal static class GeefItems
{
    [Vereist(VoorbeeldRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(Guid Id, string Omschrijving);

    internal sealed class Handler(ModuleDb<VoorbeeldModule> db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<Item>(
                "select id as Id, omschrijving as Omschrijving from __schema__.item order by omschrijving, id")];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/__schema__", async Task<Ok<IReadOnlyList<Item>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(), ct)))
            .WithName("geefVoorbeeldItems")
            .WithTags("Voorbeeld")
            .WithSummary("Alle items van Voorbeeld")
            .WithDescription("Alle items, op omschrijving.");
}
