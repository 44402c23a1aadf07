using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>
/// The overdue overdrachten per team for the host's telemetry: the same "waits for the team still" the teamleider's
/// escalation list uses (verlopen, no successor), plus those offered whose term passed before the term guard's next
/// round. Every active team has a row, with 0 when nothing is overdue.
/// </summary>
internal sealed class TelVerlopenOverdrachtenHandler(ModuleDb<OverdrachtModule> db, TimeProvider clock)
    : IRequestHandler<TelVerlopenOverdrachten, IReadOnlyList<VerlopenPerTeam>>
{
    private const string Sql = """
        select t.code as TeamCode, count(o.id)::int as Aantal
        from overdracht.team t
        left join overdracht.overdracht o on o.team_code = t.code
            and ((o.status = 'aangeboden' and o.verloopt_op <= @Nu)
              or (o.status = 'verlopen' and not exists (select 1 from overdracht.overdracht n where n.vorige_overdracht_id = o.id)))
        where t.actief
        group by t.code
        order by t.code
        """;

    public async Task<IReadOnlyList<VerlopenPerTeam>> Handle(TelVerlopenOverdrachten query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<VerlopenPerTeam>(Sql, new { Nu = clock.GetUtcNow() })];
    }
}
