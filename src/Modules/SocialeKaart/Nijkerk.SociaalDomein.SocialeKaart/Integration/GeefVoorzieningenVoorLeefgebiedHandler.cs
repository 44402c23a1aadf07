using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Integration;

internal sealed class GeefVoorzieningenVoorLeefgebiedHandler(ModuleDb<SocialeKaartModule> db)
    : IRequestHandler<GeefVoorzieningenVoorLeefgebied, IReadOnlyList<VoorzieningSuggestie>>
{
    // Afschalen: free and close to home first (volunteers, voorliggend veld), the municipality's own teams last.
    private const string Sql = """
        select v.id as Id, v.naam as Naam, o.naam as Organisatie, v.soort as Soort, v.kosteloos as Kosteloos
        from sociale_kaart.voorziening v
        join sociale_kaart.organisatie o on o.id = v.organisatie_id
        where v.gearchiveerd_op is null and v.leefgebieden @> array[@Leefgebied::text]
        order by v.kosteloos desc,
                 array_position(array['lokaal-initiatief', 'voorliggend-veld', 'algemene-voorziening', 'zorgaanbieder', 'gemeentelijk-team'], v.soort),
                 v.naam
        limit @Maximum
        """;

    public async Task<IReadOnlyList<VoorzieningSuggestie>> Handle(GeefVoorzieningenVoorLeefgebied request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<VoorzieningSuggestie>(Sql, new { request.Leefgebied, Maximum = Math.Clamp(request.Maximum, 1, 50) })];
    }
}
