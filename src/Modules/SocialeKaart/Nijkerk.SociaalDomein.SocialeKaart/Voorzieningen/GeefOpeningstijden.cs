using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>The opening hours of several voorzieningen at once: one query for a page of result cards.</summary>
internal static class GeefOpeningstijden
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(IReadOnlyList<Guid> Ids) : IRequest<ILookup<Guid, Tijd>>;

    public sealed record Tijd(Guid VoorzieningId, int Weekdag, TimeOnly Van, TimeOnly Tot, string Soort, string? Locatie);

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, ILookup<Guid, Tijd>>
    {
        private const string Sql = """
            select t.voorziening_id as VoorzieningId, t.weekdag::int as Weekdag, t.van as Van, t.tot as Tot, t.soort as Soort, l.naam as Locatie
            from sociale_kaart.openingstijd t left join sociale_kaart.locatie l on l.id = t.locatie_id
            where t.voorziening_id = any(@Ids)
            order by t.weekdag, t.van
            """;

        public async Task<ILookup<Guid, Tijd>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return (await connection.QueryAsync<Tijd>(Sql, new { Ids = query.Ids.ToArray() })).ToLookup(t => t.VoorzieningId);
        }
    }
}
