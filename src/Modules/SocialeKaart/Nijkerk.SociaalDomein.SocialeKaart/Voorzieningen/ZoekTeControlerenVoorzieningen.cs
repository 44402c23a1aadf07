using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>For beheer: voorzieningen whose facts nobody checked for more than a year, the oldest first.</summary>
internal static class ZoekTeControlerenVoorzieningen
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<TeControleren>>;

    public sealed record TeControleren(Guid Id, string Naam, string Organisatie, DateOnly LaatstGecontroleerd);

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<TeControleren>>
    {
        private const string Sql = """
            select v.id as Id, v.naam as Naam, o.naam as Organisatie, v.laatst_gecontroleerd as LaatstGecontroleerd
            from sociale_kaart.voorziening v join sociale_kaart.organisatie o on o.id = v.organisatie_id
            where v.gearchiveerd_op is null and v.laatst_gecontroleerd < @Grens
            order by v.laatst_gecontroleerd, v.naam
            limit 500
            """;

        public async Task<IReadOnlyList<TeControleren>> Handle(Query query, CancellationToken cancellationToken)
        {
            var grens = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-1);
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<TeControleren>(Sql, new { Grens = grens })];
        }
    }
}
