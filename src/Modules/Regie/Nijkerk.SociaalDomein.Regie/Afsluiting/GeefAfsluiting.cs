using System.Text.Json.Serialization;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Afsluiting;

/// <summary>
/// What the regisseur's closing form shows: the plan's doelen (he sees all of them) and the scores per leefgebied with
/// start, end and change; after closing, the result. Only the regisseur of the plan (others 404).
/// </summary>
internal static class GeefAfsluiting
{
    [Vereist(RegieRechten.PlannenBeheren)]
    [Verwerking("Afsluiting van een ondersteuningsplan ingezien", RegieDoelen.Regie)]
    public sealed record Query(Guid PlanId) : IRequest<Stand>;

    public sealed record Stand(
        Guid PlanId, string Status, int Versie, DateTimeOffset? AfgeslotenOp, DateOnly? NazorgOp, IReadOnlyList<Doel> Doelen, IReadOnlyList<Score> Scores)
        : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public bool IsAfgesloten => Status == PlanStatus.Afgesloten;

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    public sealed record Doel(Guid Id, string Leefgebied, string Omschrijving, string? Resultaat);

    public sealed record Score(string Leefgebied, int? Start, int? Eind, int? Verandering);

    internal sealed class Handler(ModuleDb<RegieModule> db, ActorContext actor) : IRequestHandler<Query, Stand>
    {
        private const string Sql = """
            select id as PlanId, status as Status, versie as Versie, afgesloten_op as AfgeslotenOp, nazorg_op as NazorgOp, regisseur_id as RegisseurId,
                   array(select l.inwoner_id from regie.huishouden_lid l where l.huishouden_id = p.huishouden_id and l.tot is null) as Leden
            from regie.plan p where id = @PlanId;
            select id as Id, leefgebied as Leefgebied, omschrijving as Omschrijving, resultaat as Resultaat from regie.doel where plan_id = @PlanId order by leefgebied, aangemaakt_op, id;
            select leefgebied as Leefgebied, start_score as Start, eind_score as Eind, verandering as Verandering from regie.plan_score where plan_id = @PlanId order by leefgebied;
            """;

        public async Task<Stand> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var rijen = await connection.QueryMultipleAsync(Sql, new { query.PlanId });
            var plan = await rijen.ReadSingleOrDefaultAsync<PlanRij>();
            if (plan is null || plan.RegisseurId != actor.Huidig.Id)
            {
                throw new NietGevondenException(PlanOpslag.NietGevonden);
            }

            var doelen = (await rijen.ReadAsync<Doel>()).ToList();
            var scores = (await rijen.ReadAsync<Score>()).ToList();
            return new Stand(plan.PlanId, plan.Status, plan.Versie, plan.AfgeslotenOp, plan.NazorgOp, doelen, scores) { Leden = plan.Leden };
        }

        private sealed class PlanRij
        {
            public Guid PlanId { get; init; }
            public string Status { get; init; } = "";
            public int Versie { get; init; }
            public DateTimeOffset? AfgeslotenOp { get; init; }
            public DateOnly? NazorgOp { get; init; }
            public string RegisseurId { get; init; } = "";
            public Guid[] Leden { get; init; } = [];
        }
    }
}
