using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Overdracht.Teams;

/// <summary>The teams as reference data, for the host and the other modules (through Contracts) and for integrators.</summary>
internal sealed class GeefTeamsHandler(ModuleDb<OverdrachtModule> db) : IRequestHandler<GeefTeams, IReadOnlyList<Team>>
{
    private const string Sql = """
        select t.code as Code, t.naam as Naam, r.expertise as Expertise, r.partner_organisatie as PartnerOrganisatie
        from overdracht.team t left join overdracht.routering r on r.team_code = t.code
        where t.actief
        order by t.naam, t.code, r.expertise
        """;

    public async Task<IReadOnlyList<Team>> Handle(GeefTeams query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(Sql);
        return [.. rijen.GroupBy(r => (r.Code, r.Naam)).Select(team => new Team(team.Key.Code, team.Key.Naam,
            [.. team.Where(r => r.Expertise is not null).Select(r => new TeamExpertise(r.Expertise!, r.PartnerOrganisatie))]))];
    }

    private sealed record Rij(string Code, string Naam, string? Expertise, string? PartnerOrganisatie);

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/teams", async Task<Ok<Pagina<Team>>> (IMediator mediator, CancellationToken ct) =>
            {
                var teams = await mediator.Send(new GeefTeams(), ct);
                return TypedResults.Ok(new Pagina<Team>(teams.Count, null, null, teams));
            })
            .WithName("geefTeams")
            .WithTags("Overdracht")
            .WithSummary("Geef de teams met hun expertises")
            .WithDescription(
                "De actieve integrale teams, op naam, elk met de expertises waarvan het de overdracht krijgt. Voert een externe partner " +
                "een expertise uit (zoals Plangroep de schuldhulpverlening), dan staat die partner erbij. Andere velden verwijzen naar de code van het team.");
}
