using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Bewaring;

/// <summary>
/// Regie's parts of these dossiers, category regie: for each inwoner every plan of a household he was ever a member of,
/// and every plan started from his regieverzoek (closed when afgesloten, open while lopend); a regieverzoek that still
/// waits for a regisseur (open); and each membership of a household: closed when he left it, open while the household
/// has a running plan, else closed when its last plan closed (or, with no plan ever, when he joined).
/// </summary>
internal sealed class GeefBewaarstandHandler(ModuleDb<RegieModule> db) : IRequestHandler<GeefBewaarstandVanRegie, BewaarstandVanModule>
{
    private const string Sql = """
        select InwonerId, AfgeslotenOp from (
            select distinct l.inwoner_id as InwonerId, p.id, p.afgesloten_op as AfgeslotenOp, p.gestart_op as Op
            from regie.huishouden_lid l join regie.plan p on p.huishouden_id = l.huishouden_id
            where l.inwoner_id = any(@Ids)
            union
            select r.inwoner_id, p.id, p.afgesloten_op, p.gestart_op
            from regie.regieverzoek r join regie.plan p on p.id = r.plan_id
            where r.inwoner_id = any(@Ids)
            union all
            select r.inwoner_id, r.id, null, r.gevraagd_op
            from regie.regieverzoek r where r.inwoner_id = any(@Ids) and r.status = 'open'
            union all
            select l.inwoner_id, l.id,
                   case
                       when l.tot is not null then l.tot
                       when exists (select 1 from regie.plan p where p.huishouden_id = l.huishouden_id and p.status = 'lopend') then null
                       else coalesce((select max(p.afgesloten_op) from regie.plan p where p.huishouden_id = l.huishouden_id), l.van)
                   end,
                   l.van
            from regie.huishouden_lid l where l.inwoner_id = any(@Ids)
        ) delen order by Op, id
        """;

    public async Task<BewaarstandVanModule> Handle(GeefBewaarstandVanRegie request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(new CommandDefinition(Sql, new { Ids = request.InwonerIds.ToArray() }, cancellationToken: cancellationToken));
        return new BewaarstandVanModule("Regie", [.. rijen.Select(r => new Bewaardeel(r.InwonerId, Bewaarcategorieen.Regie, r.AfgeslotenOp))]);
    }

    private sealed record Rij(Guid InwonerId, DateTimeOffset? AfgeslotenOp);
}
