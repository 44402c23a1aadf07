using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>At first contact the loket sees what is handed over and to whom: every overdracht not yet closed or routed anew.</summary>
internal sealed class GeefOpenOverdrachtenVanInwonerHandler(ModuleDb<OverdrachtModule> db)
    : IRequestHandler<GeefOpenOverdrachtenVanInwoner, IReadOnlyList<OpenOverdracht>>
{
    // A laid-back one stays in the list until the loket routed it anew: then its successor stands in its place.
    private const string Sql = """
        select o.id as Id, t.naam as Team, o.status as Status, o.aangeboden_op as AangebodenOp,
               o.aanspreekpunt_naam as Vakspecialist, o.aanspreekpunt_telefoon as VakspecialistTelefoon
        from overdracht.overdracht o join overdracht.team t on t.code = o.team_code
        where o.inwoner_id = @InwonerId and o.status <> 'afgerond'
          and not exists (select 1 from overdracht.overdracht n where n.vorige_overdracht_id = o.id)
        order by o.aangeboden_op desc, o.id desc
        """;

    public async Task<IReadOnlyList<OpenOverdracht>> Handle(GeefOpenOverdrachtenVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<OpenOverdracht>(Sql, request)];
    }
}
