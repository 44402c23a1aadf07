using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>The vakspecialist (or partner's contact person) who accepted the inwoner's most recent running overdracht.</summary>
internal sealed class GeefAanspreekpuntVanInwonerHandler(ModuleDb<OverdrachtModule> db)
    : IRequestHandler<GeefAanspreekpuntVanInwoner, AanspreekpuntUitOverdracht?>
{
    private const string Sql = """
        select o.id as OverdrachtId, o.aanspreekpunt_naam as Naam, o.aanspreekpunt_telefoon as Telefoon, o.team_code as TeamCode,
               t.naam as TeamNaam, o.geaccepteerd_door as MedewerkerId, o.partner_organisatie as PartnerOrganisatie, o.geaccepteerd_op as Sinds
        from overdracht.overdracht o join overdracht.team t on t.code = o.team_code
        where o.inwoner_id = @InwonerId and o.status = 'geaccepteerd'
        order by o.geaccepteerd_op desc, o.id desc
        limit 1
        """;

    public async Task<AanspreekpuntUitOverdracht?> Handle(GeefAanspreekpuntVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AanspreekpuntUitOverdracht>(Sql, request);
    }
}
