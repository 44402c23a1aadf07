using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

internal sealed class GeefOpenVraagverhelderingenVanInwonerHandler(ModuleDb<VraagverhelderingModule> db)
    : IRequestHandler<GeefOpenVraagverhelderingenVanInwoner, IReadOnlyList<OpenVraagverheldering>>
{
    private const string Sql = """
        select id as Id, aanmelding_id as AanmeldingId, status as Status, urgentie as Urgentie, geopend_op as GeopendOp,
               behandelaar_naam as Behandelaar
        from vraagverheldering.vraagverheldering
        where inwoner_id = @InwonerId and status = any(@Open)
        order by geopend_op, id
        """;

    public async Task<IReadOnlyList<OpenVraagverheldering>> Handle(GeefOpenVraagverhelderingenVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<OpenVraagverheldering>(Sql, new { request.InwonerId, Open = VraagverhelderingStatus.Lopend })];
    }
}
