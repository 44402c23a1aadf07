using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Integration;

/// <summary>
/// The open plan of the household the inwoner belongs to now, for every member of it: at first contact the loket sees
/// the plan and that the regisseur is the aanspreekpunt, whichever member calls.
/// </summary>
internal sealed class GeefPlanVanInwonerHandler(ModuleDb<RegieModule> db) : IRequestHandler<GeefPlanVanInwoner, PlanVanInwoner?>
{
    private const string Sql = """
        select p.id as Id, p.status as Status, p.gestart_op as GestartOp, p.regisseur_naam as Regisseur, p.regisseur_telefoon as RegisseurTelefoon
        from regie.huishouden_lid l
        join regie.plan p on p.huishouden_id = l.huishouden_id and p.status = 'lopend'
        where l.inwoner_id = @InwonerId and l.tot is null
        """;

    public async Task<PlanVanInwoner?> Handle(GeefPlanVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PlanVanInwoner>(new CommandDefinition(Sql, new { request.InwonerId }, cancellationToken: cancellationToken));
    }
}
