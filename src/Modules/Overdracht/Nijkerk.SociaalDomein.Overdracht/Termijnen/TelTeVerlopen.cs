using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// Whether any offered overdracht is past its term: the guard asks this first, so a round that finds nothing writes
/// nothing, not even an audit row (a count names no one).
/// </summary>
internal static class TelTeVerlopen
{
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<int>;

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, TimeProvider clock) : IRequestHandler<Query, int>
    {
        private const string Sql = "select count(*)::int from overdracht.overdracht where status = 'aangeboden' and verloopt_op <= @Nu";

        public async Task<int> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<int>(Sql, new { Nu = clock.GetUtcNow() });
        }
    }
}
