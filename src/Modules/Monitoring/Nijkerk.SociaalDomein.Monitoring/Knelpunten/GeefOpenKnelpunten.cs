using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>
/// The knelpunten still open, the most reported first, for the loket's page: so a colleague who meets one too says
/// "ook meegemaakt" rather than reporting it again. Without beleid's toelichting; whether I counted already.
/// </summary>
internal static class GeefOpenKnelpunten
{
    [Vereist(MonitoringRechten.KnelpuntMelden)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<OpenKnelpunt>>;

    public sealed record OpenKnelpunt(Guid Id, string Soort, string? Leefgebied, string? Team, string Omschrijving, int Aantal, string Status, bool DoorMijGemeld);

    internal sealed class Handler(ModuleDb<MonitoringModule> db, ActorContext actor) : IRequestHandler<Query, IReadOnlyList<OpenKnelpunt>>
    {
        private const string Sql = """
            select k.id as Id, k.soort as Soort, k.leefgebied as Leefgebied, k.team as Team, k.omschrijving as Omschrijving, k.aantal as Aantal,
                   k.status as Status,
                   exists (select 1 from monitoring.knelpunt_melding m where m.knelpunt_id = k.id and m.melder = @Ik) as DoorMijGemeld
            from monitoring.knelpunt k
            where k.status in ('open', 'in-behandeling')
            order by k.aantal desc, k.laatst_gemeld_op desc, k.id
            limit 100
            """;

        public async Task<IReadOnlyList<OpenKnelpunt>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return [.. await connection.QueryAsync<OpenKnelpunt>(Sql, new { Ik = actor.Huidig.Id })];
        }
    }
}
