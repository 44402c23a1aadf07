using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>The whole sociale kaart as one Open Referral HSDS document, archived voorzieningen included (status inactive).</summary>
internal static class ExporteerSocialeKaart
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<HsdsDocument>;

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, HsdsDocument>
    {
        public async Task<HsdsDocument> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            // One snapshot: the six reads see the same kaart even while beheer edits it.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var kaart = await Kaart.LaadAsync(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return kaart.NaarHsds();
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/export", async Task<JsonHttpResult<HsdsDocument>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Json(await mediator.Send(new Query(), ct), Hsds.Json))
            .WithName("exporteerSocialeKaart")
            .WithTags("Sociale kaart")
            .WithSummary("Exporteer de sociale kaart in Open Referral HSDS")
            .WithDescription(
                "De hele sociale kaart als één Open Referral HSDS 3.0-document (JSON) met organizations, services, locations, service_at_locations " +
                "en schedules. Gearchiveerde voorzieningen staan erin met status inactive. Wat HSDS niet kent (leefgebieden, doelgroepen, soort, kern, " +
                "verwijzing nodig, sluitingsdagen) staat in attributes met een taxonomy_term uit een eigen vocabulaire (nsd-...). Hetzelfde document " +
                "is weer in te lezen met POST /sociale-kaart/import.")
            .Produces<HsdsDocument>(StatusCodes.Status200OK, "application/json");
}
