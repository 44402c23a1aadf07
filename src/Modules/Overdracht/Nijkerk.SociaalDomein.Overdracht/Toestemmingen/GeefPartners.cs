using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>The active external partners (organisation code and name), to choose from when recording a toestemming.</summary>
internal static class GeefPartners
{
    [Vereist(Rechten.ReferentiegegevensLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyDictionary<string, string>>;

    internal sealed class Handler(ModuleDb<OverdrachtModule> db) : IRequestHandler<Query, IReadOnlyDictionary<string, string>>
    {
        private const string Sql = "select organisatie as Organisatie, naam as Naam from overdracht.partner where actief order by naam";

        public async Task<IReadOnlyDictionary<string, string>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return (await connection.QueryAsync<(string Organisatie, string Naam)>(Sql)).ToDictionary(p => p.Organisatie, p => p.Naam);
        }
    }
}
