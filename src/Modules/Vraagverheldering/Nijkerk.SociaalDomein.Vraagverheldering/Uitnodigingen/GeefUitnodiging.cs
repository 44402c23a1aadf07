using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Uitnodigingen;

/// <summary>What the invitation for the gesprek is drawn from: the vraagverheldering and each time the invitation was sent.</summary>
internal static class GeefUitnodiging
{
    [Vereist(VraagverhelderingRechten.Lezen)]
    [Verwerking("Uitnodiging voor het gesprek ingezien", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Query(Guid VraagverhelderingId) : IRequest<Uitnodiging>;

    public sealed record Uitnodiging(GeefVraagverheldering.Detail Vraagverheldering, IReadOnlyList<Verzending> Verzendingen) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [Vraagverheldering.InwonerId];
    }

    public sealed record Verzending(DateOnly VerzondenOp, string Wijze, DateTimeOffset VastgelegdOp, string VastgelegdDoor);

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, Uitnodiging>
    {
        private const string Sql = """
            select verzonden_op as VerzondenOp, wijze as Wijze, vastgelegd_op as VastgelegdOp, vastgelegd_door as VastgelegdDoor
            from vraagverheldering.uitnodiging_verzonden where vraagverheldering_id = @VraagverhelderingId order by vastgelegd_op
            """;

        public async Task<Uitnodiging> Handle(Query query, CancellationToken cancellationToken)
        {
            // The handler itself, not through the mediator: this read is recorded once, as the invitation's.
            var detail = await new GeefVraagverheldering.Handler(db).Handle(new GeefVraagverheldering.Query(query.VraagverhelderingId), cancellationToken);
            await using var connection = await db.OpenAsync(cancellationToken);
            var verzendingen = await connection.QueryAsync<Verzending>(Sql, query);
            return new Uitnodiging(detail, [.. verzendingen]);
        }
    }
}
