using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Integration;

internal sealed class GeefVoorzieningNamenHandler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<GeefVoorzieningNamen, IReadOnlyDictionary<Guid, string>>
{
    private const string Sql = "select id as Id, naam as Naam from sociale_kaart.voorziening where id = any(@Ids)";

    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GeefVoorzieningNamen request, CancellationToken cancellationToken)
    {
        if (request.Ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        var namen = await connection.QueryAsync<(Guid Id, string Naam)>(Sql, new { Ids = request.Ids.Distinct().ToArray() });
        return namen.ToDictionary(n => n.Id, n => n.Naam);
    }
}
