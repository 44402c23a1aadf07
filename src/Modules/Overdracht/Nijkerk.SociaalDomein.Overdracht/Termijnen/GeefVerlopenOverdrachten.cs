using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// The escalation to the teamleider: the verlopen overdrachten of the actor's own teams that wait for the team still
/// (not yet accepted, laid back or routed anew), the longest overdue first. A partner's goes back to the loket instead.
/// The list names no inwoner: the teamleider steers the team, the overdracht itself is for the vakspecialist.
/// </summary>
internal static class GeefVerlopenOverdrachten
{
    [Vereist(OverdrachtRechten.EscalatiesLezen)]
    [Verwerking("Verlopen overdrachten van de eigen teams ingezien (escalatie naar de teamleider)", OverdrachtDoelen.Overdracht)]
    public sealed record Query : IRequest<Lijst>;

    public sealed record Lijst(IReadOnlyList<string> Teams, IReadOnlyList<Rij> Overdrachten) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Overdrachten.Select(o => o.InwonerId);
    }

    public sealed record Rij(
        Guid Id, Guid? InwonerId, string TeamCode, string TeamNaam, string[] Expertises, DateTimeOffset AangebodenOp,
        DateTimeOffset VerlooptOp, DateTimeOffset? VerlopenOp);

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, ActorContext actor) : IRequestHandler<Query, Lijst>
    {
        private const string Sql = """
            select naam from overdracht.team where code = any(@Teams) order by naam;
            select o.id as Id, o.inwoner_id as InwonerId, o.team_code as TeamCode, t.naam as TeamNaam, o.expertises as Expertises,
                   o.aangeboden_op as AangebodenOp, o.verloopt_op as VerlooptOp, o.verlopen_op as VerlopenOp
            from overdracht.overdracht o
            join overdracht.team t on t.code = o.team_code
            where o.status = 'verlopen' and o.partner_organisatie is null and o.team_code = any(@Teams)
              and not exists (select 1 from overdracht.overdracht n where n.vorige_overdracht_id = o.id)
            order by o.verloopt_op, o.id
            limit 500;
            """;

        public async Task<Lijst> Handle(Query query, CancellationToken cancellationToken)
        {
            var teams = actor.Huidig.Teams?.ToArray() ?? [];
            if (teams.Length == 0)
            {
                return new Lijst([], []);
            }

            await using var connection = await db.OpenAsync(cancellationToken);
            await using var rijen = await connection.QueryMultipleAsync(Sql, new { Teams = teams });
            return new Lijst([.. await rijen.ReadAsync<string>()], [.. await rijen.ReadAsync<Rij>()]);
        }
    }
}
