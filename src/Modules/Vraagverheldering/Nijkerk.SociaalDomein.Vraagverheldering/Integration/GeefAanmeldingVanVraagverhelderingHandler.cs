using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

internal sealed class GeefAanmeldingVanVraagverhelderingHandler(ModuleDb<VraagverhelderingModule> db)
    : IRequestHandler<GeefAanmeldingVanVraagverheldering, Guid?>
{
    private const string Sql = "select aanmelding_id from vraagverheldering.vraagverheldering where id = @VraagverhelderingId";

    public async Task<Guid?> Handle(GeefAanmeldingVanVraagverheldering request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(Sql, request);
    }
}
