using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Dienst;

/// <summary>The current and coming crisis duties, soonest first, for the beheer page.</summary>
internal static class ZoekDiensten
{
    [Vereist(Rechten.Beheer)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Dienstregel>>;

    public sealed record Dienstregel(Guid Id, string Naam, string Telefoon, DateTimeOffset Van, DateTimeOffset Tot);

    internal sealed class Handler(ModuleDb<IntakeModule> db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Dienstregel>>
    {
        private const string Sql = """
            select id as Id, naam as Naam, telefoon as Telefoon, van as Van, tot as Tot
            from intake.dienst where tot > @Nu order by van, id limit 100
            """;

        public async Task<IReadOnlyList<Dienstregel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<Dienstregel>(Sql, new { Nu = clock.GetUtcNow() })];
        }
    }
}
