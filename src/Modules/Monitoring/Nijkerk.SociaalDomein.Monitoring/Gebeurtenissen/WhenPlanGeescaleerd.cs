using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>A plan was escalated to an ijsbreker: counted under the plan's question (the reason stays in Regie).</summary>
internal sealed partial class RegieTeller : INotificationHandler<PlanGeescaleerd>
{
    public async Task Handle(PlanGeescaleerd notification, CancellationToken cancellationToken)
    {
        var vraag = await session.QuerySingleOrDefaultAsync<byte[]>(
            "select vraag from monitoring.plan where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(notification.PlanId) });
        boekhouding.Boek(notification.OccurredAt, await boekhouding.DimensiesAsync(vraag), Maat.PlanGeescaleerd);
    }
}
