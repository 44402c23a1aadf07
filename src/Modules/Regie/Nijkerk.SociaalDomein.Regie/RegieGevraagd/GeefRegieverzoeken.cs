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

/// <summary>
/// The teamleiders' list "regie gevraagd": the meervoudige questions that wait for a regisseur, the longest waiting
/// first, with the vraagverheldering it came from (an id: the teamleider cannot open it), the teams involved, the expertises and how many leefgebieden scored low (1 or 2) — what he needs to
/// choose a regisseur. No person: the teamleider steers, the regisseur reads the household once he has the plan.
/// </summary>
internal static class GeefRegieverzoeken
{
    [Vereist(RegieRechten.RegieToewijzen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Paginering Paginering) : IRequest<Resultaten<Regieverzoek>>;

    public sealed record Regieverzoek(Guid Id, Guid VraagverhelderingId, DateTimeOffset GevraagdOp, IReadOnlyList<string> Teams, IReadOnlyList<string> Expertises, int LageScores);

    internal sealed class Handler(ModuleDb<RegieModule> db) : IRequestHandler<Query, Resultaten<Regieverzoek>>
    {
        private const string Sql = """
            select count(*) from regie.regieverzoek where status = 'open';
            select id as Id, vraagverheldering_id as VraagverhelderingId, gevraagd_op as GevraagdOp, teams as Teams, expertises as Expertises,
                   (select count(*)::int from jsonb_array_elements(scores) s where (s ->> 'score')::int <= 2) as LageScores
            from regie.regieverzoek where status = 'open'
            order by gevraagd_op, id
            limit @Limiet offset @Offset;
            """;

        public async Task<Resultaten<Regieverzoek>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var rijen = await connection.QueryMultipleAsync(Sql, new { Limiet = query.Paginering.PaginaGrootte, query.Paginering.Offset });
            var totaal = await rijen.ReadSingleAsync<int>();
            return new Resultaten<Regieverzoek>(totaal, [.. (await rijen.ReadAsync<Rij>()).Select(r => new Regieverzoek(r.Id, r.VraagverhelderingId, r.GevraagdOp, r.Teams, r.Expertises, r.LageScores))]);
        }

        private sealed record Rij(Guid Id, Guid VraagverhelderingId, DateTimeOffset GevraagdOp, string[] Teams, string[] Expertises, int LageScores);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/regieverzoeken", async Task<Ok<Pagina<Regieverzoek>>> (
                int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                return TypedResults.Ok(Pagina<Regieverzoek>.Van(await mediator.Send(new Query(paginering), ct), paginering, request));
            })
            .WithName("geefRegieverzoeken")
            .WithTags("Regie")
            .WithSummary("Regie gevraagd")
            .WithDescription(
                "De meervoudige vragen die op een regisseur wachten, de langst wachtende eerst: de betrokken teams, de expertises en het aantal " +
                "leefgebieden met een lage score (1 of 2). Zonder persoon: de teamleider wijst met POST /api/v1/regieverzoeken/{id}/toewijzing " +
                "een regisseur uit GET /api/v1/regisseurs toe.")
            .ProducesValidationProblem();
}
