using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A plan closed: counted, and per leefgebied with a change from start to close, ScoreVeranderingAantal +1 and
/// ScoreVeranderingSom + the change on facet leefgebied, so the average change per leefgebied is som / aantal. Facet ''
/// gets the same per leefgebied, so there it is the average change over every leefgebied of every closed plan (not a
/// count of plans: that is PlanAfgesloten). A leefgebied without a start score has no change and is not counted.
/// </summary>
internal sealed partial class RegieTeller : INotificationHandler<PlanAfgesloten>
{
    public async Task Handle(PlanAfgesloten notification, CancellationToken cancellationToken)
    {
        var op = notification.OccurredAt;
        var vraag = await session.QuerySingleOrDefaultAsync<byte[]>(
            "select vraag from monitoring.plan where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(notification.PlanId) });
        var dimensies = await boekhouding.DimensiesAsync(vraag);
        boekhouding.Boek(op, dimensies, Maat.PlanAfgesloten);
        foreach (var verandering in notification.Veranderingen)
        {
            if (verandering.Verandering is { } veranderd)
            {
                (string, string)[] leefgebied = [(Facet.Leefgebied, verandering.Leefgebied)];
                boekhouding.Boek(op, dimensies, Maat.ScoreVeranderingAantal, leefgebied);
                boekhouding.Boek(op, dimensies, Maat.ScoreVeranderingSom, veranderd, leefgebied);
            }
        }
    }
}
