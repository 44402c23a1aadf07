using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>Vraagverheldering asks where the expertises it found go, to propose enkelvoudig or meervoudig.</summary>
internal sealed class GeefTeamsVoorExpertisesHandler(ModuleDb<OverdrachtModule> db)
    : IRequestHandler<GeefTeamsVoorExpertises, IReadOnlyList<TeamVoorExpertise>>
{
    private const string Sql = """
        select r.expertise as Expertise, t.code as TeamCode, t.naam as TeamNaam, r.partner_organisatie as PartnerOrganisatie
        from unnest(@Expertises::text[]) with ordinality as gevraagd (expertise, volgorde)
        join overdracht.routering r on r.expertise = gevraagd.expertise
        join overdracht.team t on t.code = r.team_code
        order by gevraagd.volgorde
        """;

    public async Task<IReadOnlyList<TeamVoorExpertise>> Handle(GeefTeamsVoorExpertises query, CancellationToken cancellationToken)
    {
        var expertises = (query.Expertises ?? []).Distinct().ToArray();
        if (expertises.Length == 0)
        {
            return [];
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<TeamVoorExpertise>(Sql, new { Expertises = expertises })];
    }
}
